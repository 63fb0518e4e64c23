package org.casus.bench;

import org.casus.model.Article;

/** How many extracted articles carry each metadata field. */
final class MetadataCoverage {
    private int articles;
    private int titles;
    private int outlets;
    private int bylines;
    private int dates;

    void count(Article a) {
        articles++;
        if (!a.title().isBlank())
            titles++;
        if (a.outlet().isPresent())
            outlets++;
        if (a.byline().isPresent())
            bylines++;
        if (a.published().isPresent())
            dates++;
    }

    @Override
    public String toString() {
        return String.format("title %d, outlet %d, byline %d, published %d of %d articles", titles, outlets,
                bylines, dates, articles);
    }
}

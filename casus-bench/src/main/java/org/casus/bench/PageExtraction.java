package org.casus.bench;

import java.util.Map;
import java.util.Optional;
import org.casus.extract.ArticleExtractor;
import org.casus.model.Article;
import org.casus.extract.ExtractionException;
import org.casus.model.Document;
import org.casus.model.Format;

/** Runs one benchmark page through the public extract stage, as any Casus user would. */
final class PageExtraction {
    private final ArticleExtractor extractor = new ArticleExtractor();

    /** The extracted body, or empty text when the extractor found no article in the page. */
    String body(ExtractionCorpus.Page page) {
        return article(page).map(Article::text).orElse("");
    }

    /** The extracted article, or empty when the extractor found none in the page. */
    Optional<Article> article(ExtractionCorpus.Page page) {
        Document document = new Document(page.id() + ".html", page.url(), Format.HTML, page.html(),
                Optional.empty(), Map.of());
        try {
            return Optional.of(extractor.extract(document));
        } catch (ExtractionException e) {
            return Optional.empty();
        }
    }
}

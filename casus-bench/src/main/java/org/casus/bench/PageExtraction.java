package org.casus.bench;

import java.util.Map;
import java.util.Optional;
import org.casus.extract.ArticleExtractor;
import org.casus.extract.ExtractionException;
import org.casus.model.Document;
import org.casus.model.Format;

/** Runs one benchmark page through the public extract stage, as any Casus user would. */
final class PageExtraction {
    private final ArticleExtractor extractor = new ArticleExtractor();

    /** The extracted body, or empty text when the extractor found no article in the page. */
    String body(ExtractionCorpus.Page page) {
        Document document = new Document(page.id() + ".html", page.url(), Format.HTML, page.html(),
                Optional.empty(), Map.of());
        try {
            return extractor.extract(document).text();
        } catch (ExtractionException e) {
            return "";
        }
    }
}

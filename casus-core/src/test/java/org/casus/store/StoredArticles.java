package org.casus.store;

import java.time.LocalDate;
import java.util.Optional;
import org.casus.model.Article;

/** Small articles for store tests: one with every field, one with only the required ones. */
final class StoredArticles {
    private StoredArticles() {
    }

    static Article full(String id) {
        return new Article(id, "feeds/harbour.xml", Optional.of("https://example.org/news/" + id),
                Optional.of("Harbour Gazette"), "Ferry service resumes after storm",
                Optional.of(LocalDate.of(2024, 2, 29)), Optional.of("By Ana Lima"), Optional.of("en"),
                "The ferry left at dawn.\n\nPassengers said the crossing was calm, \"at last\".",
                Optional.empty());
    }

    static Article bare(String id) {
        return new Article(id, "notes/" + id + ".txt", Optional.empty(), Optional.empty(), "",
                Optional.empty(), Optional.empty(), Optional.empty(), "Only a body, no metadata.",
                Optional.empty());
    }

    /** Numbered articles for bulk and restart tests: the same number always gives the same article. */
    static Article numbered(int n) {
        return bare(String.format("n%05d", n));
    }
}

package org.casus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.casus.model.Article;

/**
 * Writes articles in the public article format, version {@link #FORMAT_VERSION}, described in
 * {@code docs/formats/articles.md}: the fields of {@link #FIELDS} in that order, as JSON Lines or
 * CSV. The same articles in the same order give the same bytes.
 */
public final class ArticleExport {
    /** Raised only when a field is renamed or removed; added fields keep the version. */
    public static final int FORMAT_VERSION = 1;

    /** The exported fields, in their order; new fields are only ever appended. */
    public static final List<String> FIELDS = List.of("id", "source", "outlet", "title", "published",
            "byline", "language", "text", "story", "duplicate_of", "url", "format_version");

    private ArticleExport() {
    }

    /**
     * Writes {@code articles}, in the order given, to {@code out} in UTF-8, then flushes it; the
     * caller closes it. A store stream's {@link UncheckedIOException} is rethrown as its cause.
     *
     * @return how many articles were written
     * @throws IOException when {@code out} cannot be written, or the articles cannot be read
     */
    public static long write(ExportFormat format, Iterable<Article> articles, OutputStream out)
            throws IOException {
        return RowWriter.writeAll(format, FIELDS, articles, ArticleExport::valuesOf, out);
    }

    private static List<Object> valuesOf(Article a) {
        return Arrays.asList(a.id(), a.source(), a.outlet().orElse(null), a.title(),
                a.published().map(LocalDate::toString).orElse(null), a.byline().orElse(null),
                a.language().orElse(null), a.text(),
                null, // story: stories come with the reconcile stage
                a.duplicateOf().orElse(null), a.url().orElse(null), FORMAT_VERSION);
    }
}

package org.casus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.casus.model.Article;
import org.casus.model.Story;

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
        return write(format, articles, id -> Optional.empty(), out);
    }

    /**
     * Like {@link #write(ExportFormat, Iterable, OutputStream)}, with each article's {@code story}
     * field taken from {@code storyOf}: the id of the story the article with that id is in, or
     * empty (null in the export) when it is in none.
     */
    public static long write(ExportFormat format, Iterable<Article> articles,
                             Function<String, Optional<String>> storyOf, OutputStream out) throws IOException {
        return RowWriter.writeAll(format, FIELDS, articles, a -> valuesOf(a, storyOf.apply(a.id())), out);
    }

    /** Which story each article is in, from the stories a store holds; for {@link #write(ExportFormat, Iterable, Function, OutputStream)}. */
    public static Function<String, Optional<String>> storyIndex(Iterable<Story> stories) {
        Map<String, String> byArticle = new HashMap<>();
        for (Story story : stories)
            for (String articleId : story.articles()) byArticle.put(articleId, story.id());
        return id -> Optional.ofNullable(byArticle.get(id));
    }

    private static List<Object> valuesOf(Article a, Optional<String> story) {
        return Arrays.asList(a.id(), a.source(), a.outlet().orElse(null), a.title(),
                a.published().map(LocalDate::toString).orElse(null), a.byline().orElse(null),
                a.language().orElse(null), a.text(),
                story.orElse(null),
                a.duplicateOf().orElse(null), a.url().orElse(null), FORMAT_VERSION);
    }
}

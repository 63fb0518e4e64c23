package org.casus.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A clean article: body text without page clutter, and its metadata.
 *
 * @param id          stable, derived from the content: the same article always gets the same id
 * @param source      the input it was read from ({@link Document#origin()})
 * @param url         the article's address, if known
 * @param outlet      the publisher's name ("Associated Press"), if known
 * @param title       the headline; empty when none was found
 * @param published   the publication date; empty when unknown, never a guess such as today
 * @param byline      the author line, if any
 * @param language    ISO 639-1 code, if it could be told
 * @param text        the body: paragraphs separated by one blank line
 * @param duplicateOf the id of an earlier article this one copies, if any
 */
public record Article(String id, String source, Optional<String> url, Optional<String> outlet,
                      String title, Optional<LocalDate> published, Optional<String> byline,
                      Optional<String> language, String text, Optional<String> duplicateOf) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        if (duplicateOf.filter(id::equals).isPresent())
            throw new IllegalArgumentException("article " + id + " cannot duplicate itself");
    }

    /** The same article marked as a copy of {@code originalId}. */
    public Article asDuplicateOf(String originalId) {
        return new Article(id, source, url, outlet, title, published, byline, language, text,
                Optional.of(originalId));
    }
}

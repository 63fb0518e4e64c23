package org.casus.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A named-entity mention as the NLP backend found it: one occurrence in one article, not yet linked
 * to a canonical entity (the entity stage does that).
 *
 * @param span       where it stands in {@link Article#text()}
 * @param text       {@code span.cut(article.text())}
 * @param type       the backend's tag: PERSON, ORGANIZATION, LOCATION, and for quantities
 *                   NUMBER, ORDINAL, MONEY, PERCENT. Time expressions are {@link Timex}es instead.
 * @param normalized the backend's normal form of a quantity ("two dozen" gives "24.0"), if any
 */
public record NamedEntity(Span span, String text, String type, Optional<String> normalized) {

    public NamedEntity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(normalized, "normalized");
        if (text.length() != span.length())
            throw new IllegalArgumentException("entity '" + text + "' does not fit its span " + span);
    }
}

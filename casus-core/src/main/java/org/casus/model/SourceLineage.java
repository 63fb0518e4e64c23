package org.casus.model;

import java.util.Objects;

/**
 * Which independent source one article counts as for one event, and why.
 *
 * @param article the article's id
 * @param source  the source it comes down to: an outlet's name, or the article's id when its outlet
 *                is unknown
 * @param kind    how that was decided
 * @param reason  the reason in words: "own report", "copy of 3f2a...", "credits Middle East Eye"
 */
public record SourceLineage(String article, String source, Kind kind, String reason) {
    /** How an article came to count as its source. */
    public enum Kind {
        /** The article reports on its own account. */
        OWN,
        /** The article copies another article, and counts as that one's source. */
        COPY,
        /** The article credits another outlet with the report ("Middle East Eye reported"). */
        CREDIT
    }

    public SourceLineage {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (source.isBlank())
            throw new IllegalArgumentException("article " + article + " has a blank source");
    }
}

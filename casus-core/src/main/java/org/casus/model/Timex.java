package org.casus.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression in an article, normalised as a TimeML TIMEX3.
 *
 * @param span      where it stands in {@link Article#text()}
 * @param text      {@code span.cut(article.text())}
 * @param type      DATE ("Tuesday"), TIME ("3 p.m. Friday"), DURATION ("two weeks"), SET ("every year")
 * @param value     the TIMEX3 value: "2020-11-17", "2020-W46", "P2W", "XXXX-12-20", "PRESENT_REF";
 *                  empty when it could not be worked out (a relative expression with no date to
 *                  count from)
 * @param precision the calendar unit the value names, {@link Precision#UNKNOWN} for durations, sets
 *                  and values that are not a point in time
 * @param resolved  false when the value still depends on a reference date the article does not
 *                  give ("last week" with no publication date); such a value is empty or holds
 *                  X placeholders, never a guess such as today
 */
public record Timex(Span span, String text, Type type, Optional<String> value, Precision precision,
                    boolean resolved) {

    /** The TIMEX3 types. */
    public enum Type { DATE, TIME, DURATION, SET }

    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        if (text.length() != span.length())
            throw new IllegalArgumentException("timex '" + text + "' does not fit its span " + span);
        if (resolved && value.isEmpty())
            throw new IllegalArgumentException("timex '" + text + "' is resolved but has no value");
    }
}

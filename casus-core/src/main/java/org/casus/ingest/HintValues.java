package org.casus.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Puts the metadata a source states into the one form every hint has: PUBLISHED as an ISO
 * {@code yyyy-MM-dd} date, LANGUAGE as an ISO 639-1 code, text stripped and never blank.
 */
final class HintValues {
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");
    private static final Pattern LANGUAGE = Pattern.compile("([A-Za-z]{2})(?:[-_][A-Za-z0-9]+)*");

    private HintValues() {
    }

    static Optional<String> text(String value) {
        if (value == null || value.isBlank())
            return Optional.empty();
        return Optional.of(value.strip().replaceAll("\\s+", " "));
    }

    /**
     * The calendar date a stated time falls on where it was stated: {@code 2025-03-01T23:30-05:00}
     * is the 1st, not the 2nd. Unreadable dates give nothing rather than a guess.
     */
    static Optional<String> date(String value) {
        if (value == null)
            return Optional.empty();
        String s = value.strip();
        try {
            if (ISO_DATE_PREFIX.matcher(s).matches())
                return Optional.of(LocalDate.parse(s.substring(0, 10)).toString());
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toLocalDate().toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A feed library's instant, taken in UTC: the offset it was written with is gone by then. */
    static Optional<String> date(Date value) {
        if (value == null)
            return Optional.empty();
        return Optional.of(OffsetDateTime.ofInstant(value.toInstant(), ZoneOffset.UTC).toLocalDate().toString());
    }

    /** {@code en-US} and {@code EN} give {@code en}; anything not led by a two-letter code gives nothing. */
    static Optional<String> language(String value) {
        if (value == null)
            return Optional.empty();
        var m = LANGUAGE.matcher(value.strip());
        return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}

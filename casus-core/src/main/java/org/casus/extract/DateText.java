package org.casus.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates written out in text: "November 20, 2020", "Nov. 20, 2020", "20 November 2020",
 * "2020-11-20" and ISO date-times. Only complete dates count: a month and year alone is not a
 * publication date.
 */
final class DateText {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private DateText() {
    }

    /** The first complete date written in {@code text}, if any. */
    static Optional<LocalDate> find(String text) {
        Optional<LocalDate> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            Optional<LocalDate> d = date(m.group(3), month(m.group(1)), m.group(2));
            if (d.isPresent()) { best = d; bestAt = m.start(); }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            Optional<LocalDate> d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d.isPresent()) { best = d; bestAt = m.start(); }
        }
        m = ISO.matcher(text);
        if (m.find() && m.start() < bestAt) {
            Optional<LocalDate> d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (d.isPresent()) best = d;
        }
        return best;
    }

    private static int month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values())
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) return month.getValue();
        throw new IllegalStateException("pattern admitted a month it cannot read: " + name);
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30" is not a date; the caller looks no further
        }
    }
}

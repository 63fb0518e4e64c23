package org.casus.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date out of the ways pages write publication times: ISO 8601 with or without
 * time and zone, compact {@code 20191119}, slashed {@code 2019/11/19}, English month names ("Nov 19,
 * 2019", "19 November 2019", RFC 1123), and a date in a URL path. The date is taken as written, in the
 * publisher's own zone, never shifted to UTC: the calendar day the outlet printed.
 */
final class PublishedDates {
    /** Dates outside these years are typos, placeholders ("0001-01-01") or epoch zeroes. */
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|[T\\s])");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    /** /2019/11/19/, /2019-11-19/ or /20191119/ as a path segment of an article URL. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|_|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})/");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private PublishedDates() {
    }

    /** The date a time stamp or a written date names, if it names exactly one readable date. */
    static Optional<LocalDate> parse(String text) {
        if (text == null)
            return Optional.empty();
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty())
            return Optional.empty();
        Matcher m = ISO.matcher(s);
        if (m.find())
            return date(m.group(1), m.group(2), m.group(3));
        m = COMPACT.matcher(s);
        if (m.find())
            return date(m.group(1), m.group(2), m.group(3));
        m = MONTH_FIRST.matcher(s);
        if (m.find() && month(m.group(1)) > 0)
            return date(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
        m = DAY_FIRST.matcher(s);
        if (m.find() && month(m.group(2)) > 0)
            return date(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
        return Optional.empty();
    }

    /** The date in an article URL's path, such as {@code /2020/11/20/} or {@code /20201120/}. */
    static Optional<LocalDate> fromUrl(String url) {
        if (url == null)
            return Optional.empty();
        int query = url.indexOf('?');
        Matcher m = URL_DATE.matcher(query < 0 ? url : url.substring(0, query));
        if (!m.find())
            return Optional.empty();
        return m.group(1) != null ? date(m.group(1), m.group(2), m.group(3)) : date(m.group(4), m.group(5), m.group(6));
    }

    private static int month(String name) {
        if (name.length() < 3)
            return 0;
        String key = name.startsWith("sept") ? "sept" : name.substring(0, 3);
        return MONTHS.getOrDefault(key, 0);
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < FIRST_YEAR || y > LAST_YEAR)
                return Optional.empty();
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            // 2019-13-45 and the like: not a date, so the page states none here
            return Optional.empty();
        }
    }
}

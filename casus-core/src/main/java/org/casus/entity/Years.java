package org.casus.entity;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of years, closed or still open: {@code 2015-2021}, {@code 2019-} (until now) or {@code 2020}.
 *
 * @param from the first year
 * @param to   the last year, empty while the span is still open
 */
public record Years(int from, OptionalInt to) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:(-)(\\d{4})?)?");

    public Years {
        if (from < 1000 || from > 2999)
            throw new IllegalArgumentException("year out of range: " + from);
        if (to.isPresent() && to.getAsInt() < from)
            throw new IllegalArgumentException("years end before they start: " + from + "-" + to.getAsInt());
    }

    /** Reads {@code 2015-2021}, {@code 2019-} or {@code 2020}; anything else is an IllegalArgumentException. */
    public static Years parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches())
            throw new IllegalArgumentException("bad years '" + text + "' (want 2015-2021, 2019- or 2020)");
        int from = Integer.parseInt(m.group(1));
        if (m.group(2) == null) return new Years(from, OptionalInt.of(from));
        return new Years(from, m.group(3) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(3))));
    }

    /** Whether {@code year} falls inside the span. */
    public boolean covers(int year) {
        return year >= from && (to.isEmpty() || year <= to.getAsInt());
    }

    @Override
    public String toString() {
        if (to.isPresent() && to.getAsInt() == from) return Integer.toString(from);
        return from + "-" + (to.isPresent() ? Integer.toString(to.getAsInt()) : "");
    }
}

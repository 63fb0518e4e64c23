package org.casus.nlp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.model.Span;
import org.casus.model.Timex;

/**
 * "2009-2010" and "1957-58": one token to SUTime, which makes a duration of it, but two years to
 * TimeML, each its own DATE.
 */
final class YearRange {
    private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*[-\u2013/]\\s*(\\d{2}|\\d{4})");

    private YearRange() {
    }

    /** The two years of a range, or the timex itself when it is no year range. */
    static List<Timex> split(Timex t) {
        Matcher m = RANGE.matcher(t.text());
        if (!m.matches())
            return List.of(t);
        String first = m.group(1);
        String second = m.group(2).length() == 2 ? first.substring(0, 2) + m.group(2) : m.group(2);
        if (second.compareTo(first) <= 0)
            return List.of(t);
        int start = t.span().start();
        return List.of(year(new Span(start + m.start(1), start + m.end(1)), m.group(1), first),
                year(new Span(start + m.start(2), start + m.end(2)), m.group(2), second));
    }

    private static Timex year(Span span, String text, String value) {
        return TimexNormalizer.timex(span, text, Timex.Type.DATE, Optional.of(value), true);
    }
}

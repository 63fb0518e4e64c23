package org.casus.nlp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.model.Timex;

/**
 * TIMEX3 value conventions SUTime writes differently: decades and centuries without X padding
 * ("199", not "199X"), clock times without a zone offset, recurring parts of the day with an
 * unknown date ("XXXX-XX-XXTMO"). None depends on the article's date.
 */
final class TimexValueStyle {
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
    private static final Pattern ZONED = Pattern.compile("(.*T\\d{2}(?::\\d{2}){0,2})(?:[+-]\\d{2}:?\\d{2}|Z)");
    private static final Pattern PART_OF_DAY = Pattern.compile("T(MO|AF|EV|NI)");

    private TimexValueStyle() {
    }

    static Timex apply(Timex t, boolean dated) {
        if (t.value().isEmpty())
            return t;
        String value = t.value().get();
        Timex.Type type = t.type();
        Matcher m;
        if ((m = DECADE.matcher(value)).matches() || (m = CENTURY.matcher(value)).matches()) {
            value = m.group(1);
            // SUTime calls "the 1970s" a SET; TimeML a DATE
            type = type == Timex.Type.SET ? Timex.Type.DATE : type;
        } else if ((m = ZONED.matcher(value)).matches()) {
            value = m.group(1);
        } else if (type == Timex.Type.SET && PART_OF_DAY.matcher(value).matches()) {
            value = "XXXX-XX-XX" + value;
        }
        if (value.equals(t.value().get()) && type == t.type())
            return t;
        return TimexNormalizer.timex(t.span(), t.text(), type, Optional.of(value), dated);
    }
}

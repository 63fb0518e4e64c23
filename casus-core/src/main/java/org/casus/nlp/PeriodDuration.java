package org.casus.nlp;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.model.Timex;

/**
 * "The past two years", "the next few days", "recent weeks": TimeML marks these as durations
 * (P2Y, PXD, PXW), where SUTime gives a date range or the current period.
 */
final class PeriodDuration {
    private static final Pattern PERIOD = Pattern.compile(
            "(?:the )?(?:(past|last|next|coming|previous|following|recent|first) )?"
                    + "(?:(\\d{1,4}|[a-z]+|a few|a couple of|a dozen) )?"
                    + "(minutes|hours|days|weeks|months|quarters|years|decades)");

    private PeriodDuration() {
    }

    static Optional<Timex> match(Timex t) {
        Matcher m = PERIOD.matcher(t.text().toLowerCase(Locale.ROOT).replace('-', ' '));
        if (!m.matches() || (m.group(1) == null && m.group(2) == null))
            return Optional.empty();
        int count = CountWord.VAGUE;
        if (m.group(2) != null) {
            OptionalInt stated = CountWord.parse(m.group(2));
            if (stated.isEmpty())
                return Optional.empty();
            count = stated.getAsInt();
        }
        String n = CountWord.inValue(count);
        String value = switch (m.group(3)) {
            case "minutes" -> "PT" + n + "M";
            case "hours" -> "PT" + n + "H";
            case "days" -> "P" + n + "D";
            case "weeks" -> "P" + n + "W";
            case "months" -> "P" + n + "M";
            case "quarters" -> "P" + n + "Q";
            case "years" -> "P" + n + "Y";
            default -> count == CountWord.VAGUE ? "PXDE" : "P" + (10 * count) + "Y";
        };
        return Optional.of(TimexNormalizer.timex(t.span(), t.text(), Timex.Type.DURATION, Optional.of(value), true));
    }
}

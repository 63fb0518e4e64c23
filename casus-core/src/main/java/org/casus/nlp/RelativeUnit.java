package org.casus.nlp;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.model.Timex;

/**
 * Expressions that count calendar units back from the article's date, valued at the grain of
 * their unit as TimeML does: "four years ago" is a year ("2009"), not a day; "two weeks ago" a
 * week; "the last week" and "the past year" the unit before the current one; "the latest quarter"
 * the last one that has ended.
 */
final class RelativeUnit {
    private static final Pattern AGO = Pattern.compile(
            "(?:(?:about|nearly|almost|some|roughly|just|only|more than|less than|at least|over) )?"
                    + "(\\d{1,4}|[a-z]+|a few|a couple of|a dozen) (day|week|month|quarter|year|decade)s? ago");
    private static final Pattern PREVIOUS = Pattern.compile(
            "(?:the )?(?:past|last|previous|latest|most recent) (week|month|quarter|year|decade)");
    private static final Pattern QUARTER = Pattern.compile("the quarter");

    private RelativeUnit() {
    }

    static Optional<Timex> resolve(Timex t, LocalDate published, Tense tense) {
        String text = t.text().toLowerCase(Locale.ROOT).replace('-', ' ');
        Matcher m;
        if ((m = AGO.matcher(text)).matches()) {
            OptionalInt count = CountWord.parse(m.group(1));
            Optional<Granularity> unit = Granularity.ofWord(m.group(2));
            if (count.isEmpty() || unit.isEmpty())
                return Optional.empty();
            String value = count.getAsInt() == CountWord.VAGUE ? "PAST_REF"
                    : unit.get().valueOf(unit.get().minus(published, count.getAsInt()));
            return Optional.of(date(t, value));
        }
        if ((m = PREVIOUS.matcher(text)).matches()) {
            Granularity unit = Granularity.ofWord(m.group(1)).orElseThrow();
            return Optional.of(date(t, unit.valueOf(unit.minus(published, 1))));
        }
        // in a report on a quarter's results, "the quarter" is the one that has just ended
        if (QUARTER.matcher(text).matches() && tense == Tense.PAST)
            return Optional.of(date(t, Granularity.QUARTER.valueOf(Granularity.QUARTER.minus(published, 1))));
        return Optional.empty();
    }

    private static Timex date(Timex t, String value) {
        return TimexNormalizer.timex(t.span(), t.text(), Timex.Type.DATE, Optional.of(value), true);
    }
}

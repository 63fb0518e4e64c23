package org.casus.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.model.Timex;

/**
 * Weekdays and months named without a year ("Tuesday", "on Dec. 20", "in July"): news reports
 * them as the nearest such day or month in the direction the verb's tense points. A past or
 * present-tense "Tuesday" is the last Tuesday up to the article's date; "will meet Tuesday" the
 * next one. A past-tense "July" in a March article is last year's July.
 */
final class CalendarName {
    private static final Pattern WEEKDAY = Pattern.compile("\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b");
    /** Words that set the direction themselves, or name a year, so SUTime's reading stands. */
    private static final Pattern ANCHORED = Pattern.compile(
            "\\b(last|next|this|coming|past|following|previous|that|same|every|each|\\d{4}|'\\d{2})\\b|ago|later|earlier|before|after");
    private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(.*)");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})((?:-\\d{2})?)(.*)");

    private CalendarName() {
    }

    static Optional<Timex> resolve(Timex t, LocalDate published, Tense tense) {
        if (t.value().isEmpty() || t.type() == Timex.Type.SET || t.type() == Timex.Type.DURATION)
            return Optional.empty();
        String text = t.text().toLowerCase(Locale.ROOT);
        if (ANCHORED.matcher(text).find())
            return Optional.empty();
        String value = t.value().get();
        Matcher month = MONTH.matcher(text);
        Matcher weekday = WEEKDAY.matcher(text);
        if (month.find()) {
            Matcher v = MONTH_VALUE.matcher(value);
            if (!v.matches())
                return Optional.empty();
            int m = Integer.parseInt(v.group(2));
            int day = v.group(3).isEmpty() ? 0 : Integer.parseInt(v.group(3).substring(1));
            int year = yearOf(m, day, published, tense);
            return Optional.of(with(t, String.format(Locale.ROOT, "%04d-%02d%s%s", year, m, v.group(3), v.group(4))));
        }
        if (weekday.find()) {
            Matcher v = DAY_VALUE.matcher(value);
            if (!v.matches())
                return Optional.empty();
            DayOfWeek named = LocalDate.parse(value.substring(0, 10)).getDayOfWeek();
            // a weekday is at most a week off, so even an infinitive's plan is enough to look ahead;
            // a month can be a year off, so only a firm future moves it to next year
            LocalDate day = tense == Tense.FUTURE || tense == Tense.INTENDED
                    ? published.with(TemporalAdjusters.nextOrSame(named))
                    : published.with(TemporalAdjusters.previousOrSame(named));
            return Optional.of(with(t, day + v.group(4)));
        }
        return Optional.empty();
    }

    /** The year of month {@code m} (day {@code day}, 0 for the whole month) nearest in the tense's direction. */
    private static int yearOf(int m, int day, LocalDate published, Tense tense) {
        int year = published.getYear();
        int named = m * 100 + day;
        int now = published.getMonthValue() * 100 + (day == 0 ? 0 : published.getDayOfMonth());
        if (tense == Tense.PAST && named > now)
            return year - 1;
        if (tense == Tense.FUTURE && named < now)
            return year + 1;
        return year;
    }

    private static Timex with(Timex t, String value) {
        return TimexNormalizer.timex(t.span(), t.text(), t.type(), Optional.of(value), true);
    }
}

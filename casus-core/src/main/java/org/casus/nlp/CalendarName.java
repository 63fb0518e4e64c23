package org.casus.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
    static final Pattern MONTH = Pattern.compile("\\b(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b");
    /** Words that set the direction themselves, or name a year, so SUTime's reading stands. */
    private static final Pattern ANCHORED = Pattern.compile(
            "\\b(last|next|this|coming|past|following|previous|that|same|every|each|\\d{4}|'\\d{2})\\b|ago|later|earlier|before|after");
    private static final Pattern LAST_OR_NEXT_MONTH = Pattern.compile("(last|next) " + MONTH.pattern());
    private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(.*)");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})((?:-\\d{2})?)(.*)");

    private static final long SLACK_DAYS = 61;

    private CalendarName() {
    }

    static Optional<Timex> resolve(Timex t, LocalDate published, Tense tense) {
        if (t.value().isEmpty() || t.type() == Timex.Type.SET || t.type() == Timex.Type.DURATION)
            return Optional.empty();
        String text = t.text().toLowerCase(Locale.ROOT);
        String value = t.value().get();
        Matcher month = MONTH.matcher(text);
        Matcher weekday = WEEKDAY.matcher(text);
        Matcher v = MONTH_VALUE.matcher(value);
        if (LAST_OR_NEXT_MONTH.matcher(text).matches() && v.matches()) {
            // "last April" said in October is this year's April, the one just gone
            int m = Integer.parseInt(v.group(2));
            int year = published.getYear();
            if (text.startsWith("last") && m >= published.getMonthValue())
                year--;
            if (text.startsWith("next") && m <= published.getMonthValue())
                year++;
            return Optional.of(with(t, String.format(Locale.ROOT, "%04d-%02d%s%s", year, m, v.group(3), v.group(4))));
        }
        if (ANCHORED.matcher(text).find())
            return Optional.empty();
        if (month.find()) {
            if (!v.matches())
                return Optional.empty();
            int m = Integer.parseInt(v.group(2));
            int day = v.group(3).isEmpty() ? 0 : Integer.parseInt(v.group(3).substring(1));
            int year = weekday.find() && day > 0 ? yearOfWeekday(m, day, weekday.group(1), published)
                    : yearOf(m, day, published, tense);
            return Optional.of(with(t, String.format(Locale.ROOT, "%04d-%02d%s%s", year, m, v.group(3), v.group(4))));
        }
        if (weekday.find()) {
            Matcher d = DAY_VALUE.matcher(value);
            if (!d.matches())
                return Optional.empty();
            DayOfWeek named = LocalDate.parse(value.substring(0, 10)).getDayOfWeek();
            // a weekday is at most a week off, so even an infinitive's plan is enough to look ahead;
            // a month can be a year off, so only a firm future moves it to next year
            LocalDate day = tense == Tense.FUTURE || tense == Tense.INTENDED
                    ? published.with(TemporalAdjusters.nextOrSame(named))
                    : published.with(TemporalAdjusters.previousOrSame(named));
            return Optional.of(with(t, day + d.group(4)));
        }
        return Optional.empty();
    }

    /**
     * The year that puts month {@code m} (day {@code day}, 0 for the whole month) nearest the
     * article's date, among those the tense allows: a past verb rules out dates more than two
     * months ahead ("pleaded guilty in July", said in March, is last July), a future one dates more
     * than two months back. The slack keeps "extended the offer to Nov. 20" in the current year.
     */
    static int yearOf(int m, int day, LocalDate published, Tense tense) {
        int best = published.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            LocalDate named = LocalDate.of(year, m, 1);
            named = day == 0 ? named.plusDays(14) : named.withDayOfMonth(Math.min(day, named.lengthOfMonth()));
            long distance = ChronoUnit.DAYS.between(published, named);
            boolean allowed = switch (tense) {
                case PAST -> distance <= SLACK_DAYS;
                case FUTURE -> distance >= -SLACK_DAYS;
                case PRESENT, INTENDED -> true;
            };
            if (allowed && Math.abs(distance) < bestDistance) {
                best = year;
                bestDistance = Math.abs(distance);
            }
        }
        return best;
    }

    /** "Saturday, April 25": the year, next to the article's, in which that day is that weekday. */
    private static int yearOfWeekday(int m, int day, String weekdayStem, LocalDate published) {
        for (int offset : new int[] {0, -1, 1}) {
            int year = published.getYear() + offset;
            if (day <= LocalDate.of(year, m, 1).lengthOfMonth()
                    && LocalDate.of(year, m, day).getDayOfWeek().name().toLowerCase(Locale.ROOT).startsWith(weekdayStem))
                return year;
        }
        return published.getYear();
    }

    private static Timex with(Timex t, String value) {
        return TimexNormalizer.timex(t.span(), t.text(), t.type(), Optional.of(value), true);
    }
}

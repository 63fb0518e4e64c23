package org.casus.reconcile;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day or month whose year is not known: an undated article's "November 18" ({@code XXXX-11-18})
 * or "in March" ({@code XXXX-03}). It cannot be placed in time, but it still tells two days apart:
 * "November 17" and "November 18" cannot both be the day of one attack, in any year. Full dates of a
 * day or within one month are compared with it by their month and day.
 *
 * @param month 1 to 12
 * @param day   the day of the month, or 0 when only the month is known
 */
record YearlessDate(int month, int day) {
    private static final Pattern VALUE = Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?");
    /** A leap year, so that February 29 has a place when days are counted across the year. */
    private static final int ANY_YEAR = 2000;

    YearlessDate {
        if (month < 1 || month > 12 || day < 0 || day > Month.of(month).maxLength())
            throw new IllegalArgumentException("no such month and day: " + month + "-" + day);
    }

    /** The month and day of a TIMEX3 value without a year, empty for any other value. */
    static Optional<YearlessDate> parse(String value) {
        Matcher m = VALUE.matcher(value);
        if (!m.matches())
            return Optional.empty();
        int month = Integer.parseInt(m.group(1));
        int day = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (month < 1 || month > 12 || day > Month.of(month).maxLength())
            return Optional.empty();
        return Optional.of(new YearlessDate(month, day));
    }

    /** The month and day of a range of one day, or the month of a range within one month; else empty. */
    static Optional<YearlessDate> of(DateRange range) {
        LocalDate first = range.first();
        if (range.days() == 1)
            return Optional.of(new YearlessDate(first.getMonthValue(), first.getDayOfMonth()));
        if (first.getYear() == range.last().getYear() && first.getMonth() == range.last().getMonth())
            return Optional.of(new YearlessDate(first.getMonthValue(), 0));
        return Optional.empty();
    }

    /**
     * Whether the two can be the same day, allowing {@code slip} days between two known days (across
     * the turn of a month or a year too); a month alone agrees with its days.
     */
    boolean near(YearlessDate other, int slip) {
        if (day == 0 && other.day == 0)
            return month == other.month;
        if (day == 0 || other.day == 0) {
            YearlessDate whole = day == 0 ? this : other;
            YearlessDate known = day == 0 ? other : this;
            Month m = Month.of(whole.month);
            return whole.month == known.month
                    || known.near(new YearlessDate(whole.month, 1), slip)
                    || known.near(new YearlessDate(whole.month, m.maxLength()), slip);
        }
        int a = LocalDate.of(ANY_YEAR, month, day).getDayOfYear();
        int b = LocalDate.of(ANY_YEAR, other.month, other.day).getDayOfYear();
        int apart = Math.abs(a - b);
        return Math.min(apart, 366 - apart) <= slip;
    }

    /**
     * Whether this day (or month) falls in {@code range} in some year: "December 20" cannot be an
     * event that a report of November 20 tells.
     */
    boolean fallsIn(DateRange range) {
        return placeIn(range).isPresent() || range.days() > 366 || day == 0 && fallsInMonth(range);
    }

    /** The one day of {@code range} that this day is, when there is exactly one; for days, not months. */
    Optional<LocalDate> placeIn(DateRange range) {
        if (day == 0 || range.days() > 366)
            return Optional.empty();
        LocalDate found = null;
        for (int year = range.first().getYear(); year <= range.last().getYear(); year++) {
            if (month == 2 && day == 29 && !java.time.Year.isLeap(year))
                continue;
            LocalDate d = LocalDate.of(year, month, day);
            if (!d.isBefore(range.first()) && !d.isAfter(range.last())) {
                if (found != null)
                    return Optional.empty();
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    private boolean fallsInMonth(DateRange range) {
        for (LocalDate d = range.first().withDayOfMonth(1); !d.isAfter(range.last()); d = d.plusMonths(1))
            if (d.getMonthValue() == month)
                return true;
        return false;
    }

    /** "18 November" or "March", for readers. */
    String text() {
        String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return day == 0 ? name : day + " " + name;
    }
}

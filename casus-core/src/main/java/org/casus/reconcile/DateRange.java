package org.casus.reconcile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TIMEX3 calendar value covers: "2020-11-17" one day, "2020-W47" seven, "2020-11" a
 * month, "2020-Q4" a quarter, "2020" a year. Values with X placeholders or without a calendar point
 * cover nothing that can be compared, and give no range.
 *
 * @param first the first day, inclusive
 * @param last  the last day, inclusive
 */
record DateRange(LocalDate first, LocalDate last) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern WEEK_DAY = Pattern.compile("(\\d{4})-W(\\d{2})-(\\d).*");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})");

    DateRange {
        if (last.isBefore(first))
            throw new IllegalArgumentException("date range ends before it starts: " + first + ".." + last);
    }

    /** The range of {@code value}, empty when it names no calendar point Casus can place. */
    static Optional<DateRange> of(String value) {
        try {
            return Optional.ofNullable(parse(value));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            // an impossible date ("2020-02-31") places nothing; the mention stays undated
            return Optional.empty();
        }
    }

    private static DateRange parse(String value) {
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            return new DateRange(day, day);
        }
        if ((m = WEEK_DAY.matcher(value)).matches()) {
            LocalDate day = monday(num(m, 1), num(m, 2)).plusDays(num(m, 3) - 1L);
            return new DateRange(day, day);
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate monday = monday(num(m, 1), num(m, 2));
            return m.group(3) == null ? new DateRange(monday, monday.plusDays(6))
                    : new DateRange(monday.plusDays(5), monday.plusDays(6));
        }
        if ((m = MONTH.matcher(value)).matches()) {
            YearMonth month = YearMonth.of(num(m, 1), num(m, 2));
            return new DateRange(month.atDay(1), month.atEndOfMonth());
        }
        if ((m = QUARTER.matcher(value)).matches())
            return part(num(m, 1), m.group(2));
        if ((m = YEAR.matcher(value)).matches())
            return new DateRange(LocalDate.of(num(m, 1), 1, 1), LocalDate.of(num(m, 1), 12, 31));
        if ((m = DECADE.matcher(value)).matches())
            return new DateRange(LocalDate.of(num(m, 1) * 10, 1, 1), LocalDate.of(num(m, 1) * 10 + 9, 12, 31));
        return null;
    }

    private static DateRange part(int year, String part) {
        // seasons as the northern meteorological ones; winter runs into the next year
        int firstMonth = switch (part) {
            case "Q1", "H1" -> 1;
            case "Q2", "SP" -> part.equals("Q2") ? 4 : 3;
            case "Q3", "H2", "SU" -> part.equals("SU") ? 6 : 7;
            case "Q4", "FA" -> part.equals("FA") ? 9 : 10;
            default -> 12;
        };
        int months = part.startsWith("H") ? 6 : 3;
        LocalDate first = LocalDate.of(year, firstMonth, 1);
        return new DateRange(first, first.plusMonths(months).minusDays(1));
    }

    private static LocalDate monday(int year, int week) {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    long firstDay() {
        return first.toEpochDay();
    }

    long lastDay() {
        return last.toEpochDay();
    }

    /** Whether the two ranges come within {@code margin} days of each other. */
    boolean near(DateRange other, int margin) {
        return firstDay() <= other.lastDay() + margin && other.firstDay() <= lastDay() + margin;
    }

    /** Whether no day lies in both: two values that cannot both be true. */
    boolean disjoint(DateRange other) {
        return lastDay() < other.firstDay() || other.lastDay() < firstDay();
    }

    long days() {
        return lastDay() - firstDay() + 1;
    }
}

package org.casus.model;

import java.util.regex.Pattern;

/**
 * How fine a calendar value is: the unit a date or time names ("2020-11" is a MONTH). Events
 * carry it too, so that a month-level date is not mistaken for the first of the month.
 */
public enum Precision {
    MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, SEASON, YEAR, DECADE, CENTURY,
    /** Not a calendar point (a duration, a set, "PRESENT_REF"), or no value at all. */
    UNKNOWN;

    private static final Pattern MINUTE_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    private static final Pattern HOUR_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}");
    private static final Pattern DAY_VALUE = Pattern.compile("[\\dX]{4}-(\\d{2}-\\d{2}|W\\d{2}-\\d)(T[A-Z]{2})?");
    private static final Pattern WEEK_VALUE = Pattern.compile("[\\dX]{4}-W\\d{2}(-WE)?");
    private static final Pattern MONTH_VALUE = Pattern.compile("[\\dX]{4}-\\d{2}");
    private static final Pattern QUARTER_VALUE = Pattern.compile("[\\dX]{4}-(Q[1-4]|H[12])");
    private static final Pattern SEASON_VALUE = Pattern.compile("[\\dX]{4}-(SP|SU|FA|WI)");

    /**
     * The precision of a TIMEX3 value such as "2020-11-17" (DAY), "2020-W46" (WEEK), "198" (DECADE).
     * Values with X placeholders count by their shape ("XXXX-12-20" is a DAY); half-years count as
     * QUARTER, the nearest unit; anything else, durations included, is UNKNOWN.
     */
    public static Precision of(String value) {
        if (MINUTE_VALUE.matcher(value).matches())
            return MINUTE;
        if (HOUR_VALUE.matcher(value).matches())
            return HOUR;
        if (DAY_VALUE.matcher(value).matches())
            return DAY;
        if (WEEK_VALUE.matcher(value).matches())
            return WEEK;
        if (MONTH_VALUE.matcher(value).matches())
            return MONTH;
        if (QUARTER_VALUE.matcher(value).matches())
            return QUARTER;
        if (SEASON_VALUE.matcher(value).matches())
            return SEASON;
        if (value.matches("[\\dX]{4}"))
            return YEAR;
        if (value.matches("\\d{3}"))
            return DECADE;
        if (value.matches("\\d{2}"))
            return CENTURY;
        return UNKNOWN;
    }
}

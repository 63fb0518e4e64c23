package org.casus.nlp;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/** Calendar units as TimeML writes them: the value of the unit holding a day, and unit arithmetic. */
enum Granularity {
    DAY("D"), WEEK("W"), MONTH("M"), QUARTER("Q"), YEAR("Y"), DECADE("DE"), CENTURY("CE");

    /** The unit letter in a TIMEX3 duration ("P2W"). */
    final String durationUnit;

    Granularity(String durationUnit) {
        this.durationUnit = durationUnit;
    }

    /** The unit a word names: "weeks" gives WEEK; empty for a word that names none. */
    static Optional<Granularity> ofWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (w) {
            case "day", "days" -> DAY;
            case "week", "weeks" -> WEEK;
            case "month", "months" -> MONTH;
            case "quarter", "quarters" -> QUARTER;
            case "year", "years" -> YEAR;
            case "decade", "decades" -> DECADE;
            case "century", "centuries" -> CENTURY;
            default -> null;
        });
    }

    /** The TIMEX3 value of the unit that holds {@code day}: "2020-W47", "2020-Q4", "202". */
    String valueOf(LocalDate day) {
        return switch (this) {
            case DAY -> day.toString();
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d",
                    day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> String.format(Locale.ROOT, "%04d", day.getYear());
            case DECADE -> String.format(Locale.ROOT, "%03d", day.getYear() / 10);
            case CENTURY -> String.format(Locale.ROOT, "%02d", day.getYear() / 100);
        };
    }

    /** The day {@code count} units before {@code day} (after, for a negative count). */
    LocalDate minus(LocalDate day, long count) {
        return switch (this) {
            case DAY -> day.minusDays(count);
            case WEEK -> day.minusWeeks(count);
            case MONTH -> day.minusMonths(count);
            case QUARTER -> day.minusMonths(3 * count);
            case YEAR -> day.minusYears(count);
            case DECADE -> day.minusYears(10 * count);
            case CENTURY -> day.minusYears(100 * count);
        };
    }
}

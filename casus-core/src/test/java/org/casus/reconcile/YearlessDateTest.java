package org.casus.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YearlessDateTest {
    @Test
    void readsOnlyValuesWithoutAYear() {
        assertThat(YearlessDate.parse("XXXX-11-18")).contains(new YearlessDate(11, 18));
        assertThat(YearlessDate.parse("XXXX-03")).contains(new YearlessDate(3, 0));
        assertThat(YearlessDate.parse("2020-11-18")).isEmpty();
        assertThat(YearlessDate.parse("XXXX-WXX-7")).isEmpty();
        assertThat(YearlessDate.parse("XXXX-02-30")).isEmpty();
    }

    @Test
    void daysAreNearWithinTheSlipAcrossTheTurnOfTheYear() {
        assertThat(new YearlessDate(11, 17).near(new YearlessDate(11, 18), 0)).isFalse();
        assertThat(new YearlessDate(11, 17).near(new YearlessDate(11, 18), 2)).isTrue();
        assertThat(new YearlessDate(12, 31).near(new YearlessDate(1, 1), 2)).isTrue();
        assertThat(new YearlessDate(11, 17).near(new YearlessDate(12, 20), 2)).isFalse();
    }

    @Test
    void aMonthAgreesWithItsDaysAndWithDaysASlipAway() {
        assertThat(new YearlessDate(11, 0).near(new YearlessDate(11, 30), 0)).isTrue();
        assertThat(new YearlessDate(11, 0).near(new YearlessDate(12, 1), 2)).isTrue();
        assertThat(new YearlessDate(11, 0).near(new YearlessDate(12, 1), 0)).isFalse();
        assertThat(new YearlessDate(11, 0).near(new YearlessDate(10, 0), 2)).isFalse();
    }

    @Test
    void fullDatesGiveTheirMonthAndDay() {
        DateRange day = new DateRange(LocalDate.of(2020, 11, 17), LocalDate.of(2020, 11, 17));
        DateRange week = DateRange.of("2020-W47").orElseThrow();
        DateRange year = DateRange.of("2020").orElseThrow();
        assertThat(YearlessDate.of(day)).contains(new YearlessDate(11, 17));
        assertThat(YearlessDate.of(week)).contains(new YearlessDate(11, 0));
        assertThat(YearlessDate.of(year)).isEmpty();
    }

    @Test
    void aDayFallsInTheWeeksBeforeAReportOnlyWhenOneOfThoseDaysIsIt() {
        DateRange weeks = new DateRange(LocalDate.of(2020, 10, 21), LocalDate.of(2020, 11, 21));
        assertThat(new YearlessDate(11, 17).fallsIn(weeks)).isTrue();
        assertThat(new YearlessDate(12, 20).fallsIn(weeks)).isFalse();
        assertThat(new YearlessDate(12, 0).fallsIn(weeks)).isFalse();
        assertThat(new YearlessDate(10, 0).fallsIn(weeks)).isTrue();
    }

    @Test
    void aDayIsPlacedInARangeThatHoldsItOnce() {
        assertThat(new YearlessDate(1, 3).placeIn(DateRange.of("2020").orElseThrow())).contains(LocalDate.of(2020, 1, 3));
        assertThat(new YearlessDate(1, 3).placeIn(DateRange.of("2020-02").orElseThrow())).isEmpty();
        assertThat(new YearlessDate(1, 3).placeIn(DateRange.of("201").orElseThrow())).isEmpty();
    }
}

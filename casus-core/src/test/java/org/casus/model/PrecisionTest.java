package org.casus.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrecisionTest {

    @Test
    void readsTheGrainOfTimex3Values() {
        assertThat(Precision.of("2020-11-17")).isEqualTo(Precision.DAY);
        assertThat(Precision.of("2020-11-17TNI")).isEqualTo(Precision.DAY);
        assertThat(Precision.of("2020-11-17T15:00")).isEqualTo(Precision.MINUTE);
        assertThat(Precision.of("2020-W46")).isEqualTo(Precision.WEEK);
        assertThat(Precision.of("2020-W46-WE")).isEqualTo(Precision.WEEK);
        assertThat(Precision.of("2020-11")).isEqualTo(Precision.MONTH);
        assertThat(Precision.of("2020-Q4")).isEqualTo(Precision.QUARTER);
        assertThat(Precision.of("2020-WI")).isEqualTo(Precision.SEASON);
        assertThat(Precision.of("2020")).isEqualTo(Precision.YEAR);
        assertThat(Precision.of("199")).isEqualTo(Precision.DECADE);
        assertThat(Precision.of("19")).isEqualTo(Precision.CENTURY);
        assertThat(Precision.of("XXXX-12-20")).as("shape counts, not the missing year").isEqualTo(Precision.DAY);
    }

    @Test
    void callsDurationsAndReferencesUnknown() {
        assertThat(Precision.of("P2W")).isEqualTo(Precision.UNKNOWN);
        assertThat(Precision.of("PRESENT_REF")).isEqualTo(Precision.UNKNOWN);
    }
}

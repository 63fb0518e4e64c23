package org.casus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TripleScoreTest {
    private static GoldCoding.Triple t(String source, String target, String code) {
        return new GoldCoding.Triple(source, target, code);
    }

    @Test
    void countsExactRecordsTriplesRootsAndPairs() {
        TripleScore s = new TripleScore();
        s.add(Set.of(t("ARN", "GON", "064")), Set.of(t("ARN", "GON", "064")));
        s.add(Set.of(t("CAL", "BRE", "102")), Set.of(t("CAL", "BRE", "100"), t("CAL", "---", "111")));
        s.add(Set.of(), Set.of());
        assertThat(s.records()).isEqualTo(3);
        assertThat(s.exact()).isEqualTo(2);
        assertThat(s.precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.recall()).isCloseTo(1 / 2.0, within(1e-9));
        // at the root, CAL-BRE 10 agrees; ARN-GON 06 agrees
        assertThat(s.rootF1()).isCloseTo(2 * (2 / 3.0) * 1.0 / (2 / 3.0 + 1.0), within(1e-9));
        assertThat(s.rootAccuracy()).isEqualTo(1.0);
        assertThat(s.pairF1()).isCloseTo(2 * (2 / 3.0) * 1.0 / (2 / 3.0 + 1.0), within(1e-9));
    }

    @Test
    void aNoEventRecordIsRightOnlyWhenNothingIsCoded() {
        TripleScore s = new TripleScore();
        s.add(Set.of(), Set.of(t("ARN", "---", "190")));
        assertThat(s.exact()).isZero();
        assertThat(s.precision()).isZero();
    }
}

package org.casus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class ClusterScoreTest {
    /** Gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}. */
    private static final Map<String, String> GOLD = Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2");
    private static final Map<String, String> PREDICTED = Map.of("a", "P1", "b", "P1", "c", "P2", "d", "P2", "e", "P2");

    @Test
    void bcubedAveragesEachItemsShareOfItsClusters() {
        // precision: a,b 2/2; c 1/3; d,e 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15
        // recall:    a,b 2/3; c 1/3; d,e 2/2 -> (2/3+2/3+1/3+1+1)/5 = 11/15
        ClusterScore score = ClusterScore.bcubed(PREDICTED, GOLD);
        assertThat(score.precision()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(score.recall()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(score.f1()).isCloseTo(11.0 / 15, within(1e-12));
    }

    @Test
    void pairwiseCountsThePairsPutTogether() {
        // predicted pairs: ab, cd, ce, de = 4; gold pairs: ab, ac, bc, de = 4; shared: ab, de = 2
        ClusterScore score = ClusterScore.pairwise(PREDICTED, GOLD);
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(0.5);
    }

    @Test
    void oneBigClusterHasFullRecallAndLowPrecision() {
        Map<String, String> lumped = Map.of("a", "X", "b", "X", "c", "X", "d", "X", "e", "X");
        // bcubed precision: a,b,c 3/5; d,e 2/5 -> 13/25
        assertThat(ClusterScore.bcubed(lumped, GOLD).precision()).isCloseTo(13.0 / 25, within(1e-12));
        assertThat(ClusterScore.bcubed(lumped, GOLD).recall()).isEqualTo(1.0);
        // pairwise: 10 pairs put together, 4 of them right
        assertThat(ClusterScore.pairwise(lumped, GOLD).precision()).isEqualTo(0.4);
        assertThat(ClusterScore.pairwise(lumped, GOLD).recall()).isEqualTo(1.0);
    }

    @Test
    void singletonsHaveFullPrecisionAndPairwiseRecallZero() {
        Map<String, String> apart = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
        ClusterScore bcubed = ClusterScore.bcubed(apart, GOLD);
        assertThat(bcubed.precision()).isEqualTo(1.0);
        // recall: a,b,c 1/3; d,e 1/2 -> (1+1)/5
        assertThat(bcubed.recall()).isCloseTo(2.0 / 5, within(1e-12));
        ClusterScore pairwise = ClusterScore.pairwise(apart, GOLD);
        assertThat(pairwise.precision()).isEqualTo(1.0);
        assertThat(pairwise.recall()).isZero();
        assertThat(pairwise.f1()).isZero();
    }

    @Test
    void theGoldClusteringScoresPerfectly() {
        assertThat(ClusterScore.bcubed(GOLD, GOLD)).isEqualTo(new ClusterScore(1, 1));
        assertThat(ClusterScore.pairwise(GOLD, GOLD)).isEqualTo(new ClusterScore(1, 1));
    }

    @Test
    void clusteringsOfDifferentItemsAreRefused() {
        assertThatThrownBy(() -> ClusterScore.bcubed(Map.of("a", "1"), GOLD))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

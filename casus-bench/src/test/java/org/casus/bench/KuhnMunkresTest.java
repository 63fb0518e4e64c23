package org.casus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KuhnMunkresTest {

    @Test
    void findsTheAssignmentWithTheLargestSum() {
        // of the six permutations the sums are 6, 11, 5, 9, 7 and 6; 4 + 5 + 2 = 11 is the only best
        double[][] w = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
        assertThat(KuhnMunkres.maximise(w)).containsExactly(0, 2, 1);
    }

    @Test
    void givesEveryRowAColumnWhenColumnsAreMore() {
        // 9 + 7 = 16 beats 2 + 8 = 10 and every pairing with a 1
        assertThat(KuhnMunkres.maximise(new double[][] {{1, 9, 2}, {1, 8, 7}})).containsExactly(1, 2);
    }

    @Test
    void leavesARowOutWhenRowsAreMore() {
        assertThat(KuhnMunkres.maximise(new double[][] {{1, 1}, {9, 8}, {2, 7}})).containsExactly(-1, 0, 1);
    }

    @Test
    void anEmptyMatrixAssignsNothing() {
        assertThat(KuhnMunkres.maximise(new double[0][0])).isEmpty();
    }
}

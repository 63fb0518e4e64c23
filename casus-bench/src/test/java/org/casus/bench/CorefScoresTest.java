package org.casus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every expected figure below is worked out by hand in the comment above it. */
class CorefScoresTest {
    private static final double EXACT = 1e-12;

    private static CorefPartition partition(String... entities) {
        return new CorefPartition(List.of(entities).stream().map(e -> List.of(e.split(""))).toList());
    }

    // Key {a b c} {d e f g}; response {a b} {c d} {f g h i}: e has no response twin, h and i no key twin.
    private static final CorefPartition KEY = partition("abc", "defg");
    private static final CorefPartition RESPONSE = partition("ab", "cd", "fghi");

    @Test
    void mucCountsLinksAndTreatsAMissingMentionAsAPartOfItsOwn() {
        // recall: {a b c} splits into {a b} {c}: 3 - 2 = 1 link of 2; {d e f g} into {d} {e} {f g}:
        // 4 - 3 = 1 link of 3; 2 / 5. Precision: {a b} keeps 1 of 1, {c d} 0 of 1, {f g h i} splits
        // into {f g} {h} {i}: 1 of 3; 2 / 5.
        RecallPrecision muc = new MucMetric().score(KEY, RESPONSE);
        assertThat(muc.recall()).isCloseTo(2.0 / 5, within(EXACT));
        assertThat(muc.precision()).isCloseTo(2.0 / 5, within(EXACT));
        assertThat(muc.f1()).isCloseTo(2.0 / 5, within(EXACT));
    }

    @Test
    void mucOfOneEntitySplitInTwoHasFullPrecision() {
        // Vilain et al.'s first case: key {A B C D}, response {A B} {C D}. Recall 4 - 2 of 3 = 2/3;
        // each response entity lies inside the key entity: precision (1 + 1) / (1 + 1) = 1.
        RecallPrecision muc = new MucMetric().score(partition("ABCD"), partition("AB", "CD"));
        assertThat(muc.recall()).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(muc.precision()).isEqualTo(1.0);
    }

    @Test
    void bcubedLeavesUnmatchedMentionsInTheDenominatorOnly() {
        // recall over the 7 key mentions: {a b c} gives 2²/3 + 1²/3 = 5/3, {d e f g} gives
        // 1²/4 + 2²/4 = 5/4 (e adds nothing); (5/3 + 5/4) / 7 = 35/84.
        // precision over the 8 response mentions: {a b} 2²/2 = 2, {c d} 1/2 + 1/2 = 1,
        // {f g h i} 2²/4 = 1 (h, i add nothing); 4 / 8.
        RecallPrecision b3 = new BCubedMetric().score(KEY, RESPONSE);
        assertThat(b3.recall()).isCloseTo(35.0 / 84, within(EXACT));
        assertThat(b3.precision()).isCloseTo(0.5, within(EXACT));
    }

    @Test
    void ceafePairsEntitiesOneToOneForTheLargestSimilarity() {
        // φ4: {abc}-{ab} 2·2/5 = 0.8, {abc}-{cd} 2·1/5 = 0.4, {defg}-{cd} 2·1/6 = 1/3,
        // {defg}-{fghi} 2·2/8 = 0.5. Best pairing {abc}-{ab} and {defg}-{fghi}: 1.3.
        // Recall 1.3 over 2 key entities, precision 1.3 over 3 response entities.
        RecallPrecision ceafe = new CeafEntityMetric().score(KEY, RESPONSE);
        assertThat(ceafe.recall()).isCloseTo(0.65, within(EXACT));
        assertThat(ceafe.precision()).isCloseTo(1.3 / 3, within(EXACT));
    }

    @Test
    void ceafeFindsTheBestPairingWhereTheGreedyOneFails() {
        // key {a b c d} {e}, response {a b c e} {d}. The largest single similarity is
        // {abcd}-{abce} = 2·3/8 = 0.75, which leaves {e}-{d} = 0: 0.75 in all. Pairing
        // {abcd}-{d} (2·1/5 = 0.4) and {e}-{abce} (2·1/5 = 0.4) gives 0.8, the best; 0.8 / 2 = 0.4.
        RecallPrecision ceafe = new CeafEntityMetric().score(partition("abcd", "e"), partition("abce", "d"));
        assertThat(ceafe.recall()).isCloseTo(0.4, within(EXACT));
        assertThat(ceafe.precision()).isCloseTo(0.4, within(EXACT));
    }

    @Test
    void conllF1IsTheMeanOfTheThreeF1Scores() {
        // MUC F1 0.4; B³ F1 2·(35/84)(1/2)/(35/84 + 1/2) = 35/77 = 5/11; CEAF-e F1
        // 2·0.65·(1.3/3)/(0.65 + 1.3/3) = 0.52; mean (0.4 + 5/11 + 0.52) / 3.
        CorefScores scores = CorefScores.of(KEY, RESPONSE);
        assertThat(scores.bcubed().f1()).isCloseTo(5.0 / 11, within(EXACT));
        assertThat(scores.ceafe().f1()).isCloseTo(0.52, within(EXACT));
        assertThat(scores.conllF1()).isCloseTo((0.4 + 5.0 / 11 + 0.52) / 3, within(EXACT));
    }

    @Test
    void aResponseEqualToTheKeyScoresOneButMucHasNoLinksInSingletons() {
        CorefPartition key = partition("abc", "d", "e");
        CorefScores same = CorefScores.of(key, partition("abc", "d", "e"));
        assertThat(List.of(same.muc().f1(), same.bcubed().f1(), same.ceafe().f1())).containsOnly(1.0);
        // all singletons on both sides: MUC has nothing to count and gives 0, as the reference scorer does
        CorefScores singletons = CorefScores.of(partition("a", "b"), partition("a", "b"));
        assertThat(singletons.muc().f1()).isZero();
        assertThat(singletons.bcubed().f1()).isEqualTo(1.0);
        assertThat(singletons.ceafe().f1()).isEqualTo(1.0);
    }

    @Test
    void allSingletonsHaveFullBcubedPrecision() {
        // key {a b c} {d}: response of four singletons. B³ precision 4·(1/1) / 4 = 1; recall
        // (3·1²/3 + 1) / 4 = 1/2. CEAF-e: {abc} pairs with one singleton (2/4), {d} with {d} (1): 1.5,
        // recall 1.5 / 2, precision 1.5 / 4.
        CorefScores scores = CorefScores.of(partition("abc", "d"), partition("a", "b", "c", "d"));
        assertThat(scores.bcubed().precision()).isEqualTo(1.0);
        assertThat(scores.bcubed().recall()).isCloseTo(0.5, within(EXACT));
        assertThat(scores.ceafe().recall()).isCloseTo(0.75, within(EXACT));
        assertThat(scores.ceafe().precision()).isCloseTo(0.375, within(EXACT));
    }

    @Test
    void aMentionCannotStandInTwoEntities() {
        assertThatThrownBy(() -> partition("ab", "bc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mention b");
    }
}

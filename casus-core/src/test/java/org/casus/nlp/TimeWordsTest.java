package org.casus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWordsTest {
    private final TimeWords timeWords = new TimeWords();

    private static List<CoreLabel> tokens(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(word -> {
            CoreLabel label = new CoreLabel();
            label.setWord(word);
            return label;
        }).toList();
    }

    @Test
    void findsNoTimeInASentenceWithoutTimeWordsOrDigits() {
        assertThat(timeWords.mayHoldTime(tokens("The envoys of Westmere met the mayor at the harbour ."))).isFalse();
    }

    @Test
    void findsMonthsWeekdaysAndUnitsInAnyCase() {
        assertThat(timeWords.mayHoldTime(tokens("They met on Tuesday"))).isTrue();
        assertThat(timeWords.mayHoldTime(tokens("the talks of SEPTEMBER"))).isTrue();
        assertThat(timeWords.mayHoldTime(tokens("for weeks"))).isTrue();
    }

    @Test
    void findsAbbreviationsWithTheirPointAndPartsOfHyphenatedWords() {
        assertThat(timeWords.mayHoldTime(tokens("since Jan. the port"))).isTrue();
        assertThat(timeWords.mayHoldTime(tokens("a mid-January deadline"))).isTrue();
        assertThat(timeWords.mayHoldTime(tokens("a two-year truce"))).isTrue();
    }

    @Test
    void findsDigitsAndNumberWords() {
        assertThat(timeWords.mayHoldTime(tokens("in the 1990s"))).isTrue();
        assertThat(timeWords.mayHoldTime(tokens("three ships"))).isTrue();
    }

    @Test
    void readsTheLemmaToo() {
        List<CoreLabel> sentence = tokens("the Easterly winds");
        sentence.get(1).setLemma("easter");
        assertThat(timeWords.mayHoldTime(sentence)).isTrue();
    }

    @Test
    void anchorsNumbersByTagOrdinalsAndNumberWordsButNotOtherWords() {
        List<CoreLabel> sentence = tokens("the 2,000 fishermen came third , zero boats , a dozen nets");
        sentence.forEach(t -> t.setTag("NN"));
        sentence.get(1).setTag("CD");
        assertThat(sentence).filteredOn(timeWords::anchorsNumber).extracting(CoreLabel::word)
                .containsExactly("2,000", "third", "zero", "dozen");
    }

    @Test
    void anchorsTimeWordsAsWell() {
        List<CoreLabel> sentence = tokens("boats sailed on Friday");
        sentence.forEach(t -> t.setTag("NN"));
        assertThat(sentence).filteredOn(timeWords::anchorsNumber).extracting(CoreLabel::word)
                .containsExactly("Friday");
    }
}

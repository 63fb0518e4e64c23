package org.casus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Timex;
import org.casus.model.Token;
import org.junit.jupiter.api.Test;

/**
 * Casus's rules over SUTime, on hand-tagged sentences ("word/TAG" pairs) and the values SUTime
 * gives for them, so that each rule is checked without loading a model.
 */
class TimexNormalizerTest {
    private static final LocalDate FRIDAY = LocalDate.of(2013, 3, 22);
    private final TimexNormalizer normalizer = new TimexNormalizer();

    /** A sentence from "word/TAG" pairs, with one SUTime timex over the words {@code timexText}. */
    private record Case(Sentence sentence, Timex sutime, String text) {
    }

    private Case tagged(String tagged, String timexText, Timex.Type type, String sutimeValue, boolean dated) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            if (text.length() > 0)
                text.append(' ');
            Span span = new Span(text.length(), text.length() + word.length());
            text.append(word);
            tokens.add(new Token(word, word.toLowerCase(), pair.substring(slash + 1), "O", span));
        }
        int start = text.indexOf(timexText);
        Span span = new Span(start, start + timexText.length());
        Sentence sentence = new Sentence(0, new Span(0, text.length()), tokens, List.of());
        return new Case(sentence, normalizer.fromSutime(span, timexText, type, Optional.of(sutimeValue), dated),
                text.toString());
    }

    private List<Timex> normalize(Case c, Optional<LocalDate> published) {
        return normalizer.normalize(List.of(c.sutime()), List.of(c.sentence()), c.text(), published);
    }

    private Timex one(String tagged, String timexText, Timex.Type type, String sutimeValue) {
        List<Timex> out = normalize(tagged(tagged, timexText, type, sutimeValue, true), Optional.of(FRIDAY));
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    @Test
    void resolvesABareWeekdayToThePastUnlessTheVerbLooksAhead() {
        assertThat(one("He/PRP spoke/VBD on/IN Sunday/NNP", "Sunday", Timex.Type.DATE, "2013-03-24").value())
                .contains("2013-03-17");
        assertThat(one("They/PRP will/MD meet/VB Sunday/NNP", "Sunday", Timex.Type.DATE, "2013-03-17").value())
                .contains("2013-03-24");
        assertThat(one("Talks/NNS are/VBP set/VBN to/TO resume/VB Monday/NNP", "Monday", Timex.Type.DATE, "2013-03-18")
                .value()).contains("2013-03-25");
        assertThat(one("The/DT game/NN was/VBD postponed/VBN until/IN Saturday/NNP", "Saturday", Timex.Type.DATE,
                "2013-03-23").value()).as("a plain past verb: the deadline has passed").contains("2013-03-16");
        assertThat(one("It/PRP happened/VBD Friday/NNP", "Friday", Timex.Type.DATE, "2013-03-22").value())
                .as("the publication day itself").contains("2013-03-22");
    }

    @Test
    void putsAMonthInTheYearTheTenseAllows() {
        assertThat(one("They/PRP met/VBD in/IN July/NNP", "July", Timex.Type.DATE, "2013-07").value())
                .contains("2012-07");
        assertThat(one("It/PRP will/MD open/VB in/IN January/NNP", "January", Timex.Type.DATE, "2013-01").value())
                .contains("2014-01");
        assertThat(one("The/DT offer/NN was/VBD extended/VBN to/TO May/NNP 10/CD", "May 10", Timex.Type.DATE,
                "2012-05-10").value()).as("within two months ahead of a past verb").contains("2013-05-10");
        assertThat(one("It/PRP opened/VBD last/JJ April/NNP", "last April", Timex.Type.DATE, "2012-04").value())
                .as("the April just gone").contains("2012-04");
    }

    @Test
    void valuesUnitsAgoAtTheGrainOfTheirUnit() {
        assertThat(one("It/PRP began/VBD four/CD years/NNS ago/RB", "four years ago", Timex.Type.DATE, "2009-03-22")
                .value()).contains("2009");
        assertThat(one("It/PRP began/VBD two/CD weeks/NNS ago/RB", "two weeks ago", Timex.Type.DATE, "2013-03-08")
                .value()).contains("2013-W10");
        assertThat(one("It/PRP began/VBD a/DT few/JJ years/NNS ago/RB", "a few years ago", Timex.Type.DATE, "2010")
                .value()).contains("PAST_REF");
        assertThat(one("Six/CD died/VBD in/IN the/DT last/JJ week/NN", "the last week", Timex.Type.DATE, "2013-W12")
                .value()).contains("2013-W11");
    }

    @Test
    void readsPastAndNextPeriodsAsDurations() {
        Timex past = one("Prices/NNS rose/VBD over/IN the/DT past/JJ two/CD years/NNS", "the past two years",
                Timex.Type.DATE, "2011-03-22/2013-03-22");
        assertThat(past.type()).isEqualTo(Timex.Type.DURATION);
        assertThat(past.value()).contains("P2Y");
        assertThat(one("in/IN recent/JJ weeks/NNS", "recent weeks", Timex.Type.DATE, "PAST_REF").value())
                .contains("PXW");
    }

    @Test
    void writesTimeMlValueShapes() {
        assertThat(one("in/IN the/DT 1990s/CD", "the 1990s", Timex.Type.SET, "199X"))
                .satisfies(t -> assertThat(t.value()).contains("199"))
                .satisfies(t -> assertThat(t.type()).isEqualTo(Timex.Type.DATE));
        assertThat(one("the/DT 20th/JJ century/NN", "the 20th century", Timex.Type.DATE, "19XX").value()).contains("19");
        assertThat(one("at/IN 15:00/CD GMT/NNP", "15:00 GMT", Timex.Type.TIME, "2013-03-22T15:00+0000").value())
                .contains("2013-03-22T15:00");
        assertThat(one("every/DT morning/NN", "every morning", Timex.Type.SET, "TMO").value())
                .contains("XXXX-XX-XXTMO");
    }

    @Test
    void readsMidMonthWordsThatSutimeMisses() {
        Case c = tagged("Troops/NNS will/MD leave/VB by/IN mid-January/NNP", "Troops", Timex.Type.DATE, "X", true);
        List<Timex> out = normalizer.normalize(List.of(), List.of(c.sentence()), c.text(), Optional.of(FRIDAY));
        assertThat(out).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("mid-January");
            assertThat(t.value()).contains("2014-01");
        });
        List<Timex> undated = normalizer.normalize(List.of(), List.of(c.sentence()), c.text(), Optional.empty());
        assertThat(undated).singleElement().satisfies(t -> {
            assertThat(t.value()).contains("XXXX-01");
            assertThat(t.resolved()).isFalse();
        });
    }

    @Test
    void readsThisFiscalYearAsTheYearNotAOneYearDuration() {
        Timex fiscal = one("Sales/NNS will/MD rise/VB this/DT fiscal/JJ year/NN", "year", Timex.Type.DURATION, "P1Y");
        assertThat(fiscal.text()).isEqualTo("this fiscal year");
        assertThat(fiscal.type()).isEqualTo(Timex.Type.DATE);
        assertThat(fiscal.value()).contains("2013");
    }

    @Test
    void splitsAYearRangeIntoItsTwoYears() {
        List<Timex> out = normalize(tagged("in/IN 2009-2010/CD", "2009-2010", Timex.Type.DURATION, "PT8760H", true),
                Optional.of(FRIDAY));
        assertThat(out).extracting(Timex::text).containsExactly("2009", "2010");
        assertThat(out).extracting(t -> t.value().orElseThrow()).containsExactly("2009", "2010");
        assertThat(out.get(1).span()).isEqualTo(new Span(8, 12));
    }

    @Test
    void dropsAgesAndAdverbsThatTimeMlLeavesUnmarked() {
        assertThat(normalize(tagged("a/DT 6-year-old/JJ boy/NN", "6-year-old", Timex.Type.DURATION, "P6Y", true),
                Optional.of(FRIDAY))).isEmpty();
        assertThat(normalize(tagged("he/PRP previously/RB said/VBD", "previously", Timex.Type.DATE, "PAST_REF", true),
                Optional.of(FRIDAY))).isEmpty();
    }

    @Test
    void leavesRelativeValuesOpenWithoutAPublicationDate() {
        Timex tuesday = normalize(tagged("He/PRP spoke/VBD on/IN Tuesday/NNP", "Tuesday", Timex.Type.DATE,
                "XXXX-WXX-2", false), Optional.empty()).get(0);
        assertThat(tuesday.value()).contains("XXXX-WXX-2");
        assertThat(tuesday.resolved()).isFalse();
        Timex now = normalizer.fromSutime(new Span(0, 3), "now", Timex.Type.DATE, Optional.of("PRESENT_REF"), false);
        assertThat(now.resolved()).isFalse();
        Timex year = normalizer.fromSutime(new Span(0, 4), "2019", Timex.Type.DATE, Optional.of("2019"), false);
        assertThat(year.resolved()).as("an absolute year needs no date").isTrue();
    }
}

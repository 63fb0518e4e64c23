package org.casus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {
    private final ShingleScorer scorer = new ShingleScorer();

    @Test
    void identicalTextsScorePerfectlyAndMatchExactly() {
        PageScore s = scorer.score("a", "One two three four five.", "One, two; three four five!");

        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.exact()).isTrue();
    }

    @Test
    void countsShinglesWithMultiplicity() {
        // gold's five shingles hold "a b c d" twice, the prediction once: 1 true positive, 1 + 3 missed
        PageScore s = scorer.score("a", "a b c d a b c d", "a b c d");

        assertThat(s.tp()).isEqualTo(1.0 / 5, within(1e-9));
        assertThat(s.fn()).isEqualTo(4.0 / 5, within(1e-9));
        assertThat(s.fp()).isZero();
    }

    @Test
    void aTextShorterThanOneShingleIsOneShingle() {
        assertThat(scorer.score("a", "yes no", "yes no").precision()).isEqualTo(1.0);
        assertThat(scorer.score("a", "yes no", "no yes").precision()).isZero();
    }

    @Test
    void anEmptyPredictionHasNoPrecisionAndNoRecall() {
        PageScore s = scorer.score("a", "one two three four", "");

        assertThat(s.recall()).isZero();
        assertThat(s.tp() + s.fp()).isZero();
    }

    @Test
    void tokenizesAsPythonRegexWordCharacters() {
        assertThat(ShingleScorer.tokens("Café 'naïve' don't 3½ snake_case")).containsExactly(
                "Café", "naïve", "don", "t", "3½", "snake_case");
        // a combining accent is no word character to Python, so it splits the word
        assertThat(ShingleScorer.tokens("cafe\u0301s")).containsExactly("cafe", "s");
        assertThat(ShingleScorer.tokens("東京 2020")).containsExactly("東京", "2020");
    }

    @Test
    void averagesPrecisionAndRecallOverPagesBeforeTheHarmonicMean() {
        List<PageScore> pages = List.of(PageScore.of("a", 1, 0, 0, true), PageScore.of("b", 1, 1, 3, false));

        ExtractionScore total = ShingleScorer.summarize(pages);

        assertThat(total.precision()).isEqualTo((1 + 0.5) / 2, within(1e-9));
        assertThat(total.recall()).isEqualTo((1 + 0.25) / 2, within(1e-9));
        assertThat(total.f1()).isEqualTo(2 * 0.75 * 0.625 / (0.75 + 0.625), within(1e-9));
        assertThat(total.accuracy()).isEqualTo(0.5);
    }

    @Test
    void reproducesThePublishedScoresFromTheReferenceOutputs() throws IOException {
        ExtractionCorpus corpus = ExtractionCorpus.load(SharedBenchmark.articleExtraction());

        assertThat(published(corpus, "trafilatura")).containsExactly(0.958, 0.938, 0.978);
        assertThat(published(corpus, "boilerpipe")).containsExactly(0.860, 0.850, 0.870);
        assertThat(published(corpus, "AutoExtract")).containsExactly(0.970, 0.984, 0.956);
        assertThat(published(corpus, "html-text")).containsExactly(0.665, 0.500, 0.994);
    }

    /** F1, precision and recall rounded to three places, as the benchmark's table prints them. */
    private List<Double> published(ExtractionCorpus corpus, String system) throws IOException {
        Map<String, String> output = corpus.referenceOutput(system);
        List<PageScore> scores = new ArrayList<>();
        for (ExtractionCorpus.Page page : corpus.pages())
            scores.add(scorer.score(page.id(), page.gold(), output.getOrDefault(page.id(), "")));
        ExtractionScore s = ShingleScorer.summarize(scores);
        return List.of(round(s.f1()), round(s.precision()), round(s.recall()));
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}

package org.casus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guards the extractor's accuracy on the benchmark against regressions. */
class CasusExtractionQualityTest {

    @Test
    void casusScoresAtLeastTrafilaturaOnTheArticleExtractionBenchmark() throws IOException {
        ExtractionCorpus corpus = ExtractionCorpus.load(SharedBenchmark.articleExtraction());
        PageExtraction extraction = new PageExtraction();
        ShingleScorer scorer = new ShingleScorer();
        List<PageScore> scores = new ArrayList<>();
        for (ExtractionCorpus.Page page : corpus.pages())
            scores.add(scorer.score(page.id(), page.gold(), extraction.body(page)));

        ExtractionScore total = ShingleScorer.summarize(scores);

        // trafilatura 2.0.0 scores 0.958 F1 in the benchmark's published table
        assertThat(total.f1()).isGreaterThanOrEqualTo(0.958);
        assertThat(total.precision()).isGreaterThan(0.93);
        assertThat(total.recall()).isGreaterThan(0.95);
    }
}

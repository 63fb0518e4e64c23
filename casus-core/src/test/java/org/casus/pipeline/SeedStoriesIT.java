package org.casus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casus.entity.Gazetteer;
import org.casus.extract.ArticleExtractor;
import org.casus.ingest.DocumentSources;
import org.casus.ingest.IngestSettings;
import org.casus.model.Article;
import org.casus.model.ProblemReport;
import org.casus.model.StoryProfile;
import org.casus.nlp.CoreNlpBackend;
import org.casus.store.Store;
import org.casus.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories through the real pipeline: the five seed reports, read, analysed with CoreNLP and the
 * shipped gazetteer, form one story; articles read by a later run join it or start their own, and
 * one in another language is left unread.
 */
class SeedStoriesIT {
    private static final ProblemReport FAIL = problem -> {
        throw new AssertionError(problem.toString());
    };

    @TempDir
    Path folder;

    @Test
    void theSeedsFormOneStoryThatALaterRelatedReportJoinsAndACupFinalDoesNot() throws Exception {
        IngestPipeline ingest = new IngestPipeline(new DocumentSources(IngestSettings.defaults()), new ArticleExtractor(), 2);
        try (Store store = Store.open(folder.resolve("casus.db").toString());
             CoreNlpBackend nlp = new CoreNlpBackend()) {
            AnalysisPipeline analysis = new AnalysisPipeline(nlp, Gazetteer.shipped(), 2);
            ingest.run(List.of(SharedData.folder("seeds").toString()), store, FAIL, n -> { });
            assertThat(store.count()).isEqualTo(5);
            analysis.run(store, FAIL, n -> { });

            List<StoryProfile> first = store.storyProfiles();
            assertThat(first).hasSize(1);
            StoryProfile seeds = first.get(0);
            assertThat(seeds.story().articles()).hasSize(5);
            assertThat(seeds.story().actors()).contains("irn");
            assertThat(seeds.story().label()).isNotBlank();

            ingest.run(List.of(fixture("embassy-rockets.txt"), fixture("cup-final.txt"), fixture("city-rain.txt")),
                    store, FAIL, n -> { });
            assertThat(analysis.run(store, FAIL, n -> { })).isEqualTo(new AnalysisPipeline.Summary(3, 1));
            String rockets = idOfTitle(store, "Rockets land near US embassy");
            String cup = idOfTitle(store, "Late header wins the cup");
            assertThat(store.storyOf(rockets)).contains(seeds.story().id());
            assertThat(store.storyOf(cup)).contains("story-" + cup);
            // a report in Russian is left unread: no actors, no events, no story, and no second try
            String rain = idOfTitle(store, "Дождь");
            assertThat(store.isAnalyzed(rain)).isTrue();
            assertThat(store.actorMentions(rain)).isEmpty();
            assertThat(store.eventMentions(rain)).isEmpty();
            assertThat(store.storyOf(rain)).isEmpty();
            List<StoryProfile> second = store.storyProfiles();
            assertThat(second).hasSize(2);

            // nothing new: nothing changes
            assertThat(analysis.run(store, FAIL, n -> { })).isEqualTo(new AnalysisPipeline.Summary(0, 0));
            assertThat(store.storyProfiles()).isEqualTo(second);
        }
    }

    private static String fixture(String name) throws Exception {
        return Path.of(SeedStoriesIT.class.getResource("/reconcile/" + name).toURI()).toString();
    }

    private static String idOfTitle(Store store, String start) throws Exception {
        try (Stream<Article> articles = store.articles()) {
            return articles.filter(a -> a.title().startsWith(start)).findFirst().orElseThrow().id();
        }
    }
}

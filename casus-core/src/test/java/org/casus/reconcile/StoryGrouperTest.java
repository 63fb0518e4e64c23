package org.casus.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Article;
import org.casus.model.Story;
import org.casus.model.StoryProfile;
import org.junit.jupiter.api.Test;

/** The grouper's rules, on hand-made vectors and on the fixtures under src/test/resources/reconcile. */
final class StoryGrouperTest {
    private static final StorySettings SETTINGS = StorySettings.DEFAULTS;
    private static ArticleEmbedder embedder;

    private static synchronized ArticleEmbedder embedder() {
        if (embedder == null) embedder = new ArticleEmbedder();
        return embedder;
    }

    private static Article article(String id, Optional<LocalDate> published) {
        return new Article(id, id + ".txt", Optional.empty(), Optional.empty(), "Headline of " + id, published,
                Optional.empty(), Optional.of("en"), "Body of " + id + ".", Optional.empty());
    }

    private static Article fixture(String name, Optional<LocalDate> published) throws IOException {
        try (InputStream in = StoryGrouperTest.class.getResourceAsStream("/reconcile/" + name + ".txt")) {
            String[] parts = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", 2);
            return new Article(name, name + ".txt", Optional.empty(), Optional.empty(), parts[0].strip(), published,
                    Optional.empty(), Optional.of("en"), parts[1].strip(), Optional.empty());
        }
    }

    /** A unit vector at cosine {@code cos} to the first axis, in the plane of the first two. */
    private static float[] atCosine(double cos) {
        return new float[] {(float) cos, (float) Math.sqrt(1 - cos * cos), 0};
    }

    @Test
    void twoReportsOfOneFloodShareAStoryAndACupFinalStartsItsOwn() throws IOException {
        StoryGrouper grouper = new StoryGrouper(SETTINGS);
        Optional<LocalDate> monday = Optional.of(LocalDate.of(2024, 3, 4));
        for (String name : List.of("river-flood-morning", "cup-final", "river-flood-evening")) {
            Article a = fixture(name, monday);
            grouper.add(a, embedder().embed(a), Set.of());
        }
        assertThat(grouper.stories()).extracting(p -> p.story().articles()).containsExactly(
                List.of("river-flood-evening", "river-flood-morning"), List.of("cup-final"));
        Story flood = grouper.stories().get(0).story();
        assertThat(flood.id()).isEqualTo("story-river-flood-morning");
        assertThat(flood.label()).isEqualTo("River Wend bursts its banks, forcing hundreds from homes in Carrow");
    }

    @Test
    void reportsWeeksApartAreDifferentStoriesButAnUnknownDateIsNeutral() throws IOException {
        StoryGrouper grouper = new StoryGrouper(SETTINGS);
        Article morning = fixture("river-flood-morning", Optional.of(LocalDate.of(2024, 3, 4)));
        Article evening = fixture("river-flood-evening", Optional.empty());
        grouper.add(morning, embedder().embed(morning), Set.of());
        assertThat(grouper.add(evening, embedder().embed(evening), Set.of()).story().id())
                .isEqualTo("story-river-flood-morning");
        // the evening report's very words, dated eight weeks on: another flood
        Article weeksLater = new Article("weeks-later", "weeks-later.txt", Optional.empty(), Optional.empty(),
                evening.title(), Optional.of(LocalDate.of(2024, 4, 29)), Optional.empty(), Optional.of("en"),
                evening.text(), Optional.empty());
        assertThat(grouper.add(weeksLater, embedder().embed(weeksLater), Set.of()).story().id())
                .isEqualTo("story-weeks-later");
    }

    @Test
    void sharedActorsPullInAnArticleTheTextAloneWouldLeaveOut() {
        double cos = SETTINGS.joinThreshold() - SETTINGS.actorWeight() / 2;
        StoryGrouper alone = new StoryGrouper(SETTINGS);
        alone.add(article("a", Optional.empty()), atCosine(1), Set.of("irn", "irq"));
        assertThat(alone.add(article("b", Optional.empty()), atCosine(cos), Set.of()).story().id()).isEqualTo("story-b");

        StoryGrouper withActors = new StoryGrouper(SETTINGS);
        withActors.add(article("a", Optional.empty()), atCosine(1), Set.of("irn", "irq"));
        StoryProfile joined = withActors.add(article("b", Optional.empty()), atCosine(cos), Set.of("irn", "irq"));
        assertThat(joined.story().articles()).containsExactly("a", "b");
        assertThat(joined.actorArticles()).containsEntry("irn", 2).containsEntry("irq", 2);
        assertThat(joined.embedded()).isEqualTo(2);
    }

    @Test
    void aCopyJoinsTheStoryOfItsOriginalWhateverItsText() {
        StoryGrouper grouper = new StoryGrouper(SETTINGS);
        grouper.add(article("orig", Optional.of(LocalDate.of(2024, 1, 2))), atCosine(1), Set.of());
        grouper.add(article("other", Optional.empty()), new float[] {0, 0, 1}, Set.of());
        Article copy = article("copy", Optional.of(LocalDate.of(2024, 1, 5))).asDuplicateOf("orig");
        StoryProfile joined = grouper.add(copy, new float[] {0, 0, 1}, Set.of("x"));
        assertThat(joined.story().articles()).containsExactly("copy", "orig");
        // a copy says nothing new: it widens the dates but moves neither centroid nor actors
        assertThat(joined.embedded()).isEqualTo(1);
        assertThat(joined.actorArticles()).isEmpty();
        assertThat(joined.story().last()).contains(LocalDate.of(2024, 1, 5));
        assertThat(grouper.addCopy(article("stray", Optional.empty()).asDuplicateOf("nowhere"))).isEmpty();
    }

    @Test
    void goingOnFromSavedStoriesGivesWhatOneRunGives() {
        List<Article> articles = List.of(article("a", Optional.empty()), article("b", Optional.empty()),
                article("c", Optional.empty()), article("d", Optional.empty()));
        List<float[]> vectors = List.of(atCosine(1), new float[] {0, 0, 1}, atCosine(0.8), atCosine(0.7));
        StoryGrouper oneRun = new StoryGrouper(SETTINGS);
        for (int i = 0; i < 4; i++) oneRun.add(articles.get(i), vectors.get(i), Set.of("s" + i % 2));

        StoryGrouper first = new StoryGrouper(SETTINGS);
        for (int i = 0; i < 2; i++) first.add(articles.get(i), vectors.get(i), Set.of("s" + i % 2));
        StoryGrouper second = new StoryGrouper(SETTINGS, first.stories());
        for (int i = 2; i < 4; i++) second.add(articles.get(i), vectors.get(i), Set.of("s" + i % 2));

        assertThat(second.stories()).isEqualTo(oneRun.stories());
        assertThat(second.storyOf("d")).contains("story-a");
        // an article already grouped stays where it is
        assertThat(second.add(articles.get(1), atCosine(1), Set.of()).story().id()).isEqualTo("story-b");
        assertThat(second.stories()).isEqualTo(oneRun.stories());
    }
}

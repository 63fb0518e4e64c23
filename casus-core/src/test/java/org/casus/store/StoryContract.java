package org.casus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.model.Story;
import org.casus.model.StoryProfile;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about stories, whichever database holds them. Implemented by each
 * database's test beside {@link StoreContract}, which gives every test a fresh database.
 */
interface StoryContract {
    /** The fresh database of the running test. */
    String db();

    private static StoryProfile harbour(List<String> articles, int embedded, Map<String, Integer> actors) {
        Story story = new Story("story-a1", "Ferry service resumes after storm", articles,
                Optional.of(LocalDate.of(2024, 2, 27)), Optional.of(LocalDate.of(2024, 2, 29)),
                StoryProfile.mostNamed(actors, Story.TOP_ACTORS));
        return new StoryProfile(story, new float[] {0.5f, -1.25f, 3e-8f, Float.MIN_VALUE}, embedded, actors);
    }

    @Test
    default void aSavedStoryReadsBackWholeAfterTheStoreIsReopened() throws Exception {
        StoryProfile saved = harbour(List.of("a1", "a2", "a3"), 2, Map.of("prt", 2, "esp", 1));
        try (Store store = Store.open(db())) {
            store.addAll(List.of(StoredArticles.full("a1"), StoredArticles.full("a2"), StoredArticles.bare("a3")));
            store.saveStory(saved);
        }
        try (Store store = Store.open(db())) {
            assertThat(store.storyProfiles()).containsExactly(saved);
            assertThat(store.storyOf("a2")).contains("story-a1");
            assertThat(store.storyOf("a4")).isEmpty();
            try (Stream<Story> stories = store.stories()) {
                assertThat(stories.toList()).singleElement().satisfies(story -> {
                    assertThat(story.actors()).containsExactly("prt", "esp");
                    assertThat(story.first()).contains(LocalDate.of(2024, 2, 27));
                });
            }
        }
    }

    @Test
    default void savingAStoryAgainReplacesItAndKeepsOneCopy() throws Exception {
        try (Store store = Store.open(db())) {
            store.addAll(List.of(StoredArticles.full("a1"), StoredArticles.full("a2")));
            store.saveStory(harbour(List.of("a1"), 1, Map.of("prt", 1)));
            StoryProfile grown = harbour(List.of("a1", "a2"), 2, Map.of("esp", 1, "prt", 2));
            store.saveStory(grown);
            store.saveStory(grown);
            assertThat(store.storyProfiles()).containsExactly(grown);
        }
    }

    @Test
    default void aStoryNamingAnUnstoredArticleIsRefusedNamingIt() throws Exception {
        try (Store store = Store.open(db())) {
            store.add(StoredArticles.full("a1"));
            assertThatThrownBy(() -> store.saveStory(harbour(List.of("a1", "ghost"), 1, Map.of())))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("article ghost is not stored");
            assertThat(store.storyProfiles()).isEmpty();
            assertThat(store.storyOf("a1")).isEmpty();
        }
    }

    @Test
    default void storiesComeInIdOrder() throws Exception {
        try (Store store = Store.open(db())) {
            store.addAll(List.of(StoredArticles.bare("b"), StoredArticles.bare("a"), StoredArticles.bare("Z")));
            for (String id : List.of("b", "a", "Z")) {
                Story story = new Story(Story.idFor(id), "", List.of(id), Optional.empty(), Optional.empty(), List.of());
                store.saveStory(new StoryProfile(story, new float[] {1}, 1, Map.of()));
            }
            assertThat(store.storyProfiles()).extracting(p -> p.story().id())
                    .containsExactly("story-Z", "story-a", "story-b");
        }
    }
}

package org.casus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.casus.model.ActorMention;
import org.casus.model.Article;
import org.casus.model.Entity;
import org.casus.model.EventMention;
import org.casus.model.EventType;
import org.casus.model.Modality;
import org.casus.model.Precision;
import org.casus.model.Span;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about the language stages' results (actor mentions, analyzed articles,
 * entities), whichever database holds it. Implemented by each database's test beside
 * {@link StoreContract}, which gives every test a fresh database.
 */
interface AnalysisContract {
    /** The fresh database of the running test. */
    String db();

    /** A plain JDBC connection to {@code db}, to look behind the interface. */
    Connection connect(String db) throws SQLException;

    @Test
    default void aDatabaseMadeBeforeAnalysesExistedIsUpgradedKeepingItsArticles() throws Exception {
        String url = db().startsWith("jdbc:") ? db() : "jdbc:sqlite:" + db();
        // the schema as the first release left it: articles only
        String version = Flyway.configure(getClass().getClassLoader()).dataSource(url, null, null)
                .locations("classpath:org/casus/store/migration").table("casus_schema_history").target("1")
                .load().migrate().targetSchemaVersion;
        assertThat(version).isEqualTo("1");
        try (Connection connection = connect(db());
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO articles (id, source, title, text) VALUES ('old', 'notes/old.txt', '', 'Old body.')")) {
            insert.executeUpdate();
        }
        try (Store store = Store.open(db())) {
            assertThat(store.article("old")).isPresent();
            assertThat(store.isAnalyzed("old")).isFalse();
            store.saveAnalysis("old", List.of());
            assertThat(store.isAnalyzed("old")).isTrue();
        }
    }

    @Test
    default void savedMentionsReadBackInOrderAndMarkTheArticleAnalyzed() throws Exception {
        Article article = StoredAnalyses.harbour("h1");
        List<ActorMention> mentions = StoredAnalyses.harbourMentions(article);
        try (Store store = Store.open(db())) {
            store.add(article);
            assertThat(store.isAnalyzed("h1")).isFalse();
            assertThat(store.actorMentions("h1")).isEmpty();
            store.saveAnalysis("h1", mentions);
            assertThat(store.isAnalyzed("h1")).isTrue();
            assertThat(store.actorMentions("h1")).containsExactlyElementsOf(mentions);
            for (ActorMention m : store.actorMentions("h1"))
                assertThat(m.span().cut(article.text())).isEqualTo(m.text());
        }
    }

    @Test
    default void savedEventMentionsReadBackWholeAndASecondSaveReplacesThem() throws Exception {
        Article article = StoredAnalyses.harbour("h1");
        String text = article.text();
        Span sentence = new Span(0, text.indexOf('.') + 1);
        int met = text.indexOf("met");
        EventMention meeting = new EventMention(
                EventMention.idOf("h1", sentence, new Span(met, met + 3), "036", Optional.of("person:duarte"),
                        Optional.of("coastal-guard")),
                "h1", 0, sentence.cut(text), sentence, new Span(met, met + 3),
                new EventType("036", "Express intent to meet or negotiate", 4.0, Optional.of("CONSULT"), Optional.empty()),
                Optional.of("person:duarte"), Optional.of("coastal-guard"), Optional.empty(), Optional.empty(),
                Optional.of("2024-05-13"), Precision.DAY, "on Monday", Modality.ASSERTED, Optional.empty(),
                Map.of("patrols", 2L), Optional.empty());
        try (Store store = Store.open(db())) {
            store.add(article);
            store.saveAnalysis("h1", StoredAnalyses.harbourMentions(article), List.of(meeting));
            assertThat(store.eventMentions("h1")).containsExactly(meeting);
            store.saveAnalysis("h1", StoredAnalyses.harbourMentions(article), List.of());
            assertThat(store.eventMentions("h1")).isEmpty();
            assertThat(store.isAnalyzed("h1")).isTrue();
        }
    }

    @Test
    default void savingAnAnalysisTwiceKeepsOneCopy() throws Exception {
        Article article = StoredAnalyses.harbour("h1");
        List<ActorMention> mentions = StoredAnalyses.harbourMentions(article);
        try (Store store = Store.open(db())) {
            store.add(article);
            store.saveAnalysis("h1", mentions);
            store.saveAnalysis("h1", mentions);
            assertThat(store.actorMentions("h1")).containsExactlyElementsOf(mentions);
            // a new analysis replaces the old one rather than adding to it
            store.saveAnalysis("h1", mentions.subList(1, 2));
            assertThat(store.actorMentions("h1")).containsExactly(mentions.get(1));
            assertThat(store.isAnalyzed("h1")).isTrue();
        }
    }

    @Test
    default void anArticleNamingNoActorStillCountsAsAnalyzed() throws Exception {
        try (Store store = Store.open(db())) {
            store.add(StoredArticles.bare("b1"));
            store.saveAnalysis("b1", List.of());
            assertThat(store.isAnalyzed("b1")).isTrue();
            assertThat(store.actorMentions("b1")).isEmpty();
        }
    }

    @Test
    default void analyzingOneArticleLeavesTheOthersAlone() throws Exception {
        Article first = StoredAnalyses.harbour("h1");
        Article second = StoredAnalyses.harbour("h2");
        try (Store store = Store.open(db())) {
            store.addAll(List.of(first, second, StoredArticles.bare("b3")));
            store.saveAnalysis("h1", StoredAnalyses.harbourMentions(first));
            store.saveAnalysis("h2", StoredAnalyses.harbourMentions(second).subList(0, 1));
            store.saveAnalysis("h2", StoredAnalyses.harbourMentions(second).subList(2, 4));
            assertThat(store.actorMentions("h1")).containsExactlyElementsOf(StoredAnalyses.harbourMentions(first));
            assertThat(store.actorMentions("h2")).containsExactlyElementsOf(
                    StoredAnalyses.harbourMentions(second).subList(2, 4));
            assertThat(store.isAnalyzed("b3")).isFalse();
        }
    }

    @Test
    default void analysisOfAnArticleThatIsNotStoredIsRefused() throws Exception {
        Article unstored = StoredAnalyses.harbour("h9");
        try (Store store = Store.open(db())) {
            assertThatThrownBy(() -> store.saveAnalysis("h9", StoredAnalyses.harbourMentions(unstored)))
                    .isInstanceOf(StoreException.class)
                    .hasMessage(DatabaseName.of(db()) + ": save analysis of article h9 failed: no such article is stored");
            assertThat(store.isAnalyzed("h9")).isFalse();
            assertThat(store.actorMentions("h9")).isEmpty();
        }
    }

    @Test
    default void aMentionHoldingNulIsRefusedAndTheEarlierAnalysisStays() throws Exception {
        Article article = StoredAnalyses.harbour("h1");
        ActorMention nul = new ActorMention(new Span(0, 3), "a\0b", "org:ab", "A B", "ORGANIZATION", Optional.empty());
        try (Store store = Store.open(db())) {
            store.add(article);
            store.saveAnalysis("h1", StoredAnalyses.harbourMentions(article));
            assertThatThrownBy(() -> store.saveAnalysis("h1", List.of(nul))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("h1").hasMessageContaining("NUL");
            assertThat(store.actorMentions("h1")).containsExactlyElementsOf(StoredAnalyses.harbourMentions(article));
        }
    }

    @Test
    default void anAnalysisByAnEarlierPipelineVersionCountsAsNotDone() throws Exception {
        try (Store store = Store.open(db())) {
            store.add(StoredArticles.bare("b1"));
            store.saveAnalysis("b1", List.of());
        }
        try (Connection connection = connect(db());
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE analyzed_articles SET pipeline_version = ? WHERE article_id = 'b1'")) {
            update.setInt(1, Store.PIPELINE_VERSION - 1);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        try (Store store = Store.open(db())) {
            assertThat(store.isAnalyzed("b1")).isFalse();
            store.saveAnalysis("b1", List.of());
            assertThat(store.isAnalyzed("b1")).isTrue();
        }
    }

    @Test
    default void savedEntitiesComeBackOrderedByCodePointWithTheirListsAsSaved() throws Exception {
        // lists out of sorted order on purpose: the store keeps the order it was given
        Entity full = new Entity("ä-front", "Ä Front", "ARMED_GROUP", Optional.of("XYZREB"),
                List.of("Front Ä", "الجبهة", "AF"), List.of("backed_by:b-state", "allied_with:10-brigade"),
                List.of("h2", "h1"));
        Entity bare = new Entity("B", "B", "ORGANIZATION", Optional.empty(), List.of(), List.of(), List.of());
        Entity numbered = new Entity("10-brigade", "10th Brigade", "MILITARY", Optional.empty(), List.of("Tenth"),
                List.of(), List.of("h1"));
        Entity lower = new Entity("b-state", "B State", "COUNTRY", Optional.of("BST"), List.of(), List.of(),
                List.of("h2"));
        try (Store store = Store.open(db())) {
            store.addAll(List.of(StoredAnalyses.harbour("h1"), StoredAnalyses.harbour("h2")));
            store.saveEntities(List.of(full, bare, numbered, lower));
            try (Stream<Entity> entities = store.entities()) {
                assertThat(entities).containsExactly(numbered, bare, lower, full);
            }
        }
    }

    @Test
    default void savingAnEntityAgainReplacesItWholeAndLeavesTheOthers() throws Exception {
        Entity recomputed = new Entity("coastal-guard", "Coastal Guard of Port Vale", "MILITARY", Optional.empty(),
                List.of("Coast Guard"), List.of(), List.of("h2"));
        try (Store store = Store.open(db())) {
            store.addAll(List.of(StoredAnalyses.harbour("h1"), StoredAnalyses.harbour("h2")));
            store.saveEntities(List.of(StoredAnalyses.coastGuard("h1", "h2"), StoredAnalyses.duarte("h1")));
            store.saveEntities(List.of(recomputed));
            store.saveEntities(List.of(recomputed));
            try (Stream<Entity> entities = store.entities()) {
                assertThat(entities).containsExactly(recomputed, StoredAnalyses.duarte("h1"));
            }
        }
    }

    @Test
    default void whenAnIdComesTwiceInOneSaveTheLaterEntityWins() throws Exception {
        Entity later = StoredAnalyses.duarte("h1", "h2");
        try (Store store = Store.open(db())) {
            store.addAll(List.of(StoredAnalyses.harbour("h1"), StoredAnalyses.harbour("h2")));
            store.saveEntities(List.of(StoredAnalyses.duarte("h1"), StoredAnalyses.coastGuard(), later));
            try (Stream<Entity> entities = store.entities()) {
                assertThat(entities).containsExactly(StoredAnalyses.coastGuard(), later);
            }
        }
    }

    @Test
    default void anEntityNamingAnArticleThatIsNotStoredIsRefusedWithItsWholeBatch() throws Exception {
        try (Store store = Store.open(db())) {
            store.add(StoredAnalyses.harbour("h1"));
            store.saveEntities(List.of(StoredAnalyses.duarte("h1")));
            assertThatThrownBy(() -> store.saveEntities(
                    List.of(StoredAnalyses.coastGuard("h1"), StoredAnalyses.duarte("h1", "h404"))))
                    .isInstanceOf(StoreException.class)
                    .hasMessage(DatabaseName.of(db()) + ": save 2 entities failed: entity person:duarte names article h404,"
                            + " which is not stored");
            try (Stream<Entity> entities = store.entities()) {
                assertThat(entities).containsExactly(StoredAnalyses.duarte("h1"));
            }
        }
    }

    @Test
    default void anEntityHoldingNulIsRefusedNamingIt() throws Exception {
        Entity nul = new Entity("org:nul", "Nul", "ORGANIZATION", Optional.empty(), List.of("N\0L"), List.of(),
                List.of());
        try (Store store = Store.open(db())) {
            assertThatThrownBy(() -> store.saveEntities(List.of(StoredAnalyses.coastGuard(), nul)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("org:nul").hasMessageContaining("NUL");
            try (Stream<Entity> entities = store.entities()) {
                assertThat(entities).isEmpty();
            }
        }
    }

    @Test
    default void reopeningTheDatabaseKeepsMentionsAnalyzedArticlesAndEntities() throws Exception {
        Article article = StoredAnalyses.harbour("h1");
        try (Store store = Store.open(db())) {
            store.addAll(List.of(article, StoredArticles.bare("b2")));
            store.saveAnalysis("h1", StoredAnalyses.harbourMentions(article));
            store.saveEntities(List.of(StoredAnalyses.coastGuard("h1"), StoredAnalyses.duarte("h1")));
        }
        try (Store store = Store.open(db())) {
            assertThat(store.isAnalyzed("h1")).isTrue();
            assertThat(store.isAnalyzed("b2")).isFalse();
            assertThat(store.actorMentions("h1")).containsExactlyElementsOf(StoredAnalyses.harbourMentions(article));
            try (Stream<Entity> entities = store.entities()) {
                assertThat(entities).containsExactly(StoredAnalyses.coastGuard("h1"), StoredAnalyses.duarte("h1"));
            }
        }
    }

    @Test
    default void savingEntitiesWhileReadingThemNeitherBlocksNorShowsUpInTheStream() throws Exception {
        try (Store store = Store.open(db())) {
            store.add(StoredAnalyses.harbour("h1"));
            store.saveEntities(List.of(StoredAnalyses.coastGuard("h1"), StoredAnalyses.duarte("h1")));
            List<Entity> seen = new ArrayList<>();
            try (Stream<Entity> entities = store.entities()) {
                Iterator<Entity> it = entities.iterator();
                seen.add(it.next());
                store.saveEntities(List.of(StoredAnalyses.duarte(), new Entity("zz-late", "Late", "ORGANIZATION",
                        Optional.empty(), List.of(), List.of(), List.of())));
                it.forEachRemaining(seen::add);
            }
            assertThat(seen).containsExactly(StoredAnalyses.coastGuard("h1"), StoredAnalyses.duarte("h1"));
            try (Stream<Entity> entities = store.entities()) {
                assertThat(entities).extracting(Entity::id).containsExactly("coastal-guard", "person:duarte", "zz-late");
            }
        }
    }

    @Test
    default void aRunKilledBetweenAnalysesResumesWithTheArticlesItHadNotFinished() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                AnalyzeThenHalt.class.getName(), db(), "12", "5").redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(output).isEqualTo(3);

        List<Article> all = IntStream.range(0, 12).mapToObj(StoredArticles::numbered).toList();
        try (Store store = Store.open(db())) {
            for (Article article : all) {
                boolean finished = all.indexOf(article) < 5;
                assertThat(store.isAnalyzed(article.id())).as(article.id()).isEqualTo(finished);
                assertThat(store.actorMentions(article.id())).as(article.id())
                        .isEqualTo(finished ? StoredAnalyses.numberedMentions(article) : List.of());
            }
            // the resumed run: what analyze does, skipping what is done
            int redone = 0;
            for (Article article : all) {
                if (store.isAnalyzed(article.id()))
                    continue;
                store.saveAnalysis(article.id(), StoredAnalyses.numberedMentions(article));
                redone++;
            }
            assertThat(redone).isEqualTo(7);
            for (Article article : all) {
                assertThat(store.isAnalyzed(article.id())).isTrue();
                assertThat(store.actorMentions(article.id())).isEqualTo(StoredAnalyses.numberedMentions(article));
            }
        }
    }
}

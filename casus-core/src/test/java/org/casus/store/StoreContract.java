package org.casus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.casus.model.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store promises, whichever database holds it; one subclass per database. */
abstract class StoreContract {
    /** A database no test has used yet, as {@link Store#open} takes it. */
    abstract String freshDatabase() throws Exception;

    /** A plain JDBC connection to {@code db}, to look behind the interface. */
    abstract Connection connect(String db) throws SQLException;

    String db;

    /** The fresh database of the running test, for contracts kept in interfaces. */
    public final String db() {
        return db;
    }

    @BeforeEach
    final void useFreshDatabase() throws Exception {
        db = freshDatabase();
    }

    @Test
    void addingANewArticleStoresItAndSaysItWasNew() throws Exception {
        try (Store store = Store.open(db)) {
            assertThat(store.count()).isZero();
            assertThat(store.add(StoredArticles.full("a1"))).isTrue();
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.article("a1")).contains(StoredArticles.full("a1"));
        }
    }

    @Test
    void addingAStoredIdAgainChangesNothing() throws Exception {
        Article first = StoredArticles.full("a1");
        Article sameId = new Article("a1", "elsewhere.html", Optional.empty(), Optional.empty(), "Other",
                Optional.empty(), Optional.empty(), Optional.empty(), "Other text.", Optional.empty());
        try (Store store = Store.open(db)) {
            store.add(first);
            assertThat(store.add(first)).isFalse();
            assertThat(store.add(sameId)).isFalse();
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.article("a1")).contains(first);
        }
    }

    @Test
    void everyFieldRoundTripsWhetherPresentOrAbsent() throws Exception {
        Article full = StoredArticles.full("f1");
        Article bare = StoredArticles.bare("b1");
        Article copy = StoredArticles.full("c1").asDuplicateOf("f1");
        Article unicode = new Article("u1", "pages/zürich.html", Optional.of(""), Optional.of("Ζ News"),
                "Tempête à Genève — 東京 🌍", Optional.of(LocalDate.of(1999, 12, 31)), Optional.of("مراسل"),
                Optional.of("fr"), "Ligne un\r\nligne deux\ttab", Optional.empty());
        try (Store store = Store.open(db)) {
            store.addAll(List.of(full, bare, copy, unicode));
            assertThat(store.article("f1")).contains(full);
            assertThat(store.article("b1")).contains(bare);
            assertThat(store.article("c1")).contains(copy);
            assertThat(store.article("u1")).contains(unicode);
        }
    }

    @Test
    void anUnknownIdReadsAsEmpty() throws Exception {
        try (Store store = Store.open(db)) {
            store.add(StoredArticles.full("a1"));
            assertThat(store.article("a2")).isEmpty();
        }
    }

    @Test
    void articlesComeBackOrderedByCodePointWhateverTheDatabaseLocale() throws Exception {
        List<String> ids = List.of("b", "ä", "B", "10", "a", "9");
        try (Store store = Store.open(db)) {
            for (String id : ids)
                store.add(StoredArticles.bare(id));
            try (Stream<Article> articles = store.articles()) {
                assertThat(articles.map(Article::id)).containsExactly("10", "9", "B", "a", "b", "ä");
            }
        }
    }

    @Test
    void reopeningTheDatabaseKeepsEveryArticle() throws Exception {
        try (Store store = Store.open(db)) {
            store.add(StoredArticles.full("a1"));
            store.add(StoredArticles.bare("a2"));
        }
        try (Store store = Store.open(db)) {
            assertThat(store.count()).isEqualTo(2);
            assertThat(store.article("a1")).contains(StoredArticles.full("a1"));
            assertThat(store.add(StoredArticles.bare("a2"))).isFalse();
        }
    }

    @Test
    void migrationsRunOnceHoweverOftenTheStoreIsOpened() throws Exception {
        for (int i = 0; i < 3; i++) {
            try (Store store = Store.open(db)) {
                store.add(StoredArticles.numbered(i));
            }
        }
        List<String> versions = new ArrayList<>();
        try (Connection connection = connect(db); Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery(
                     "SELECT version FROM casus_schema_history WHERE version IS NOT NULL AND success")) {
            while (rows.next())
                versions.add(rows.getString(1));
        }
        assertThat(versions).contains("1", "2").doesNotHaveDuplicates();
    }

    @Test
    void addAllStoresABatchAndCountsOnlyNewArticles() throws Exception {
        try (Store store = Store.open(db)) {
            store.add(StoredArticles.full("a1"));
            int added = store.addAll(List.of(StoredArticles.full("a1"), StoredArticles.full("a2"),
                    StoredArticles.bare("a3"), StoredArticles.full("a2")));
            assertThat(added).isEqualTo(2);
            assertThat(store.count()).isEqualTo(3);
            assertThat(store.addAll(List.of())).isZero();
        }
    }

    @Test
    void anArticleHoldingNulIsRefusedAndItsWholeBatchWithIt() throws Exception {
        Article nul = new Article("z1", "notes/z1.txt", Optional.empty(), Optional.empty(), "",
                Optional.empty(), Optional.empty(), Optional.empty(), "before\0after", Optional.empty());
        try (Store store = Store.open(db)) {
            assertThatThrownBy(() -> store.addAll(List.of(StoredArticles.full("a1"), nul)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("z1").hasMessageContaining("NUL");
            assertThatThrownBy(() -> store.add(nul)).isInstanceOf(StoreException.class);
            assertThat(store.count()).isZero();
        }
    }

    @Test
    void writingWhileReadingTheStreamNeitherBlocksNorShowsUpInIt() throws Exception {
        try (Store store = Store.open(db)) {
            store.addAll(IntStream.range(0, 5).mapToObj(StoredArticles::numbered).toList());
            List<String> seen = new ArrayList<>();
            try (Stream<Article> articles = store.articles()) {
                Iterator<Article> it = articles.iterator();
                seen.add(it.next().id());
                assertThat(store.add(StoredArticles.bare("zz-late"))).isTrue();
                it.forEachRemaining(a -> seen.add(a.id()));
            }
            assertThat(seen).hasSize(5).doesNotContain("zz-late");
            assertThat(store.count()).isEqualTo(6);
        }
    }

    @Test
    void articlesAddedBeforeAKillStayAndTheRestartAddsOnlyTheRest() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                AddThenHalt.class.getName(), db, "25").redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(output).isEqualTo(3);

        try (Store store = Store.open(db)) {
            assertThat(store.count()).isEqualTo(25);
            List<Article> all = IntStream.range(0, 50).mapToObj(StoredArticles::numbered).toList();
            assertThat(store.addAll(all)).isEqualTo(25);
            try (Stream<Article> stored = store.articles()) {
                assertThat(stored).containsExactlyElementsOf(all);
            }
        }
    }

    @Test
    void aFailureNamesTheDatabaseAndTheOperation() throws Exception {
        Store store = Store.open(db);
        store.close();
        assertThatThrownBy(store::count).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(DatabaseName.of(db) + ": count articles failed: ")
                .hasMessageNotContaining("password=casus");
    }
}

package org.casus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.model.Article;
import org.casus.model.Story;
import org.casus.model.StoryProfile;
import org.casus.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Guards the public article format: its bytes may only change with a new format version. */
final class ArticleExportTest {
    @Test
    void jsonLinesMatchTheGoldenFileByteForByte() throws IOException {
        assertThat(export(ExportFormat.JSONL, ExportedArticles.all())).isEqualTo(golden("articles.jsonl"));
    }

    @Test
    void csvMatchesTheGoldenFileByteForByte() throws IOException {
        assertThat(export(ExportFormat.CSV, ExportedArticles.all())).isEqualTo(golden("articles.csv"));
    }

    @Test
    void everyJsonLineHoldsEveryFieldInTheDocumentedOrder() throws IOException {
        String jsonl = new String(export(ExportFormat.JSONL, ExportedArticles.all()), StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = jsonl.lines().toList();
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            List<String> names = new ArrayList<>();
            mapper.readTree(line).fieldNames().forEachRemaining(names::add);
            assertThat(names).containsExactly("id", "source", "outlet", "title", "published", "byline",
                    "language", "text", "story", "duplicate_of", "url", "format_version");
        }
        JsonNode bare = mapper.readTree(lines.get(1));
        assertThat(bare.get("title").asText()).isEmpty();
        assertThat(bare.get("published").isNull()).isTrue();
        assertThat(bare.get("story").isNull()).isTrue();
        assertThat(bare.get("format_version").intValue()).isEqualTo(ArticleExport.FORMAT_VERSION);
    }

    @Test
    void noArticlesGiveAnEmptyJsonLinesFileAndACsvHeader() throws IOException {
        assertThat(export(ExportFormat.JSONL, List.of())).isEmpty();
        assertThat(new String(export(ExportFormat.CSV, List.of()), StandardCharsets.UTF_8))
                .isEqualTo(String.join(",", ArticleExport.FIELDS) + "\n");
    }

    @Test
    void articlesReadBackFromAStoreExportToTheSameBytes(@TempDir Path folder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store store = Store.open(folder.resolve("casus.db").toString())) {
            // added out of order: the store gives them back by id, the golden file's order
            List<Article> reversed = new ArrayList<>(ExportedArticles.all());
            Collections.reverse(reversed);
            store.addAll(reversed);
            try (Stream<Article> articles = store.articles()) {
                assertThat(ArticleExport.write(ExportFormat.JSONL, articles::iterator, out)).isEqualTo(4);
            }
        }
        assertThat(out.toByteArray()).isEqualTo(golden("articles.jsonl"));
    }

    @Test
    void theStoryFieldCarriesTheIdOfTheStoredStoryEachArticleIsIn(@TempDir Path folder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store store = Store.open(folder.resolve("casus.db").toString())) {
            store.addAll(ExportedArticles.all());
            Story bridge = new Story(Story.idFor("0a41c9e2d7b35f18"), "Old bridge reopens, two years late",
                    List.of("0a41c9e2d7b35f18", "8e2f6a0d4b19c753"), Optional.of(LocalDate.of(2024, 5, 7)),
                    Optional.of(LocalDate.of(2024, 5, 8)), List.of());
            store.saveStory(new StoryProfile(bridge, new float[] {1, 0}, 1, Map.of()));
            try (Stream<Story> stories = store.stories(); Stream<Article> articles = store.articles()) {
                ArticleExport.write(ExportFormat.JSONL, articles::iterator,
                        ArticleExport.storyIndex(stories::iterator), out);
            }
        }
        ObjectMapper mapper = new ObjectMapper();
        List<String> stories = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            JsonNode story = mapper.readTree(line).get("story");
            stories.add(story.isNull() ? null : story.asText());
        }
        assertThat(stories).containsExactly("story-0a41c9e2d7b35f18", null, "story-0a41c9e2d7b35f18", null);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aFailureReadingTheArticlesSurfacesAsTheIOExceptionItWraps(ExportFormat format) {
        IOException failure = new IOException("casus.db: read articles failed: disk I/O error");
        Iterable<Article> failing = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Article next() {
                throw new UncheckedIOException(failure);
            }
        };
        assertThatThrownBy(() -> export(format, failing)).isSameAs(failure);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void halfASurrogatePairIsWrittenAsTheReplacementCharacter(ExportFormat format) throws IOException {
        Article broken = new Article("ff00", "pages/broken.html", Optional.empty(), Optional.empty(),
                "Half a pair \uD83C here, a whole one \uD83C\uDF0E there", Optional.empty(), Optional.empty(),
                Optional.empty(), "Body.", Optional.empty());
        String written = new String(export(format, List.of(broken)), StandardCharsets.UTF_8);
        assertThat(written).contains("Half a pair \uFFFD here, a whole one \uD83C\uDF0E there");
    }

    private static byte[] export(ExportFormat format, Iterable<Article> articles) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArticleExport.write(format, articles, out);
        return out.toByteArray();
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = ArticleExportTest.class.getResourceAsStream("/export/" + name)) {
            assertThat(in).as("golden file export/" + name).isNotNull();
            return in.readAllBytes();
        }
    }
}

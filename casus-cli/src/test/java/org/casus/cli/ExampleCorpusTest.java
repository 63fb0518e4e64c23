package org.casus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus the README's first command reads (examples/README.md says what is planted in it). */
class ExampleCorpusTest {
    @TempDir
    static Path dir;
    static CommandRun ingest;
    /** Exported articles by outlet. */
    static final Map<String, JsonNode> byOutlet = new HashMap<>();

    @BeforeAll
    static void ingestTheExamples() throws IOException {
        String db = dir.resolve("casus.db").toString();
        ingest = CommandRun.of("ingest", System.getProperty("casus.examples", "../examples"), "--db", db);
        ObjectMapper json = new ObjectMapper();
        for (String line : CommandRun.of("export", "--what", "articles", "--db", db).out().split("\n")) {
            JsonNode article = json.readTree(line);
            byOutlet.put(article.get("outlet").asText(), article);
        }
    }

    @Test
    void readsEveryArticleInEveryFormat() {
        assertThat(ingest.status()).as(ingest.err()).isZero();
        assertThat(byOutlet).containsOnlyKeys("Harbor Dispatch", "Meridian Wire", "Gulf Evening Post",
                "Northern Ledger", "Qadira Times", "Crescent Bay Chronicle");
    }

    @Test
    void theSyndicatedCopyPointsAtTheWireItCredits() {
        String wire = byOutlet.get("Meridian Wire").get("id").asText();
        assertThat(byOutlet.get("Gulf Evening Post").get("duplicate_of").asText()).isEqualTo(wire);
        assertThat(byOutlet.get("Meridian Wire").get("duplicate_of").isNull()).isTrue();
    }

    @Test
    void aRetoldExclusiveIsNotACopy() {
        assertThat(byOutlet.get("Northern Ledger").get("duplicate_of").isNull()).isTrue();
        assertThat(byOutlet.get("Harbor Dispatch").get("duplicate_of").isNull()).isTrue();
    }

    @Test
    void readsTheDatesAndBylinesThePagesState() {
        assertThat(byOutlet.get("Harbor Dispatch").get("published").asText()).isEqualTo("2025-11-19");
        assertThat(byOutlet.get("Northern Ledger").get("published").asText()).isEqualTo("2025-11-20");
        assertThat(byOutlet.get("Northern Ledger").get("byline").asText()).isEqualTo("Marta Kell");
        assertThat(byOutlet.get("Crescent Bay Chronicle").get("published").asText()).isEqualTo("2025-11-24");
    }

    @Test
    void leavesNoPageClutterInAnyText() {
        for (JsonNode article : byOutlet.values())
            assertThat(article.get("text").asText()).as(article.get("outlet").asText())
                    .doesNotContain("casino", "Most read", "DON'T MISS", "Advertisement", "newsletter", "cookies");
    }
}

package org.casus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casus.ingest.Fixtures.path;
import static org.casus.ingest.Fixtures.readAll;
import static org.casus.ingest.Fixtures.text;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Document;
import org.casus.model.Document.Hint;
import org.casus.model.Format;
import org.junit.jupiter.api.Test;

class JsonLinesSourceTest {
    private final CollectedProblems problems = new CollectedProblems();

    @Test
    void readsOneDocumentPerLineAndReportsOnlyTheBadLine() throws Exception {
        String file = path("articles.jsonl").toString();

        List<Document> documents = readAll(file, problems);

        assertThat(documents).extracting(Document::origin).containsExactly(file + ":1", file + ":3", file + ":5");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.input()).isEqualTo(file + ":2");
            assertThat(p.reason()).startsWith("not valid JSON at column ");
        });
    }

    @Test
    void turnsFieldsIntoHints() throws Exception {
        Document first = readAll(path("articles.jsonl").toString(), problems).get(0);

        assertThat(first.format()).isEqualTo(Format.TEXT);
        assertThat(first.url()).contains("https://example.org/news/1");
        assertThat(first.charset()).contains("UTF-8");
        assertThat(first.hints()).isEqualTo(Map.of(
                Hint.TITLE, "Bridge Inspection Finds Minor Cracks",
                Hint.PUBLISHED, "2025-02-14",
                Hint.OUTLET, "Valley Gazette",
                Hint.BYLINE, "Ines Durand",
                Hint.LANGUAGE, "en"));
    }

    @Test
    void putsTheTitleFirstInTextUnlessTheTextAlreadyStartsWithIt() throws Exception {
        List<Document> documents = readAll(path("articles.jsonl").toString(), problems);

        assertThat(text(documents.get(0))).startsWith("Bridge Inspection Finds Minor Cracks\n\nInspectors found");
        assertThat(text(documents.get(2))).isEqualTo("Water Main Repaired\n\nCrews fixed a burst main on Hill Lane overnight.");
    }

    @Test
    void keepsHtmlAsHtml() throws Exception {
        Document html = readAll(path("articles.jsonl").toString(), problems).get(1);

        assertThat(html.format()).isEqualTo(Format.HTML);
        assertThat(text(html)).startsWith("<html><body><p>The central library");
        assertThat(html.hint(Hint.PUBLISHED)).contains("2025-02-15");
    }

    @Test
    void reportsLinesThatAreNotArticles() throws Exception {
        String lines = "[1,2]\n{\"title\":\"no body\"}\n{\"text\":\"   \"}\n{\"text\":\"fine\"} trailing\n";

        assertThat(read(lines.getBytes(StandardCharsets.UTF_8), 1 << 20)).isEmpty();
        assertThat(problems.lines()).hasSize(4);
        assertThat(problems.lines().subList(0, 3)).containsExactly(
                "batch.jsonl:1: not a JSON object",
                "batch.jsonl:2: no \"text\" or \"html\" field",
                "batch.jsonl:3: no \"text\" or \"html\" field");
        assertThat(problems.lines().get(3)).startsWith("batch.jsonl:4: not valid JSON at column ");
    }

    @Test
    void refusesALineNestedDeepEnoughToOverflowTheStack() throws Exception {
        String lines = "{\"text\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}\n{\"text\":\"after\"}\n";

        List<Document> documents = read(lines.getBytes(StandardCharsets.UTF_8), 1 << 20);

        assertThat(documents).extracting(Document::origin).containsExactly("batch.jsonl:2");
        assertThat(problems.lines()).singleElement().asString().startsWith("batch.jsonl:1: not valid JSON");
    }

    @Test
    void skipsALineOverTheSizeLimitWithoutHoldingIt() throws Exception {
        String lines = "{\"text\":\"" + "x".repeat(5000) + "\"}\r\n{\"text\":\"short\"}\r\n";

        List<Document> documents = read(lines.getBytes(StandardCharsets.UTF_8), 1024);

        assertThat(documents).extracting(Document::origin).containsExactly("batch.jsonl:2");
        assertThat(problems.lines()).containsExactly("batch.jsonl:1: too large: more than the 1 KB limit");
    }

    @Test
    void keepsALineWithInvalidUtf8() throws Exception {
        byte[] line = "{\"text\":\"caf\u00e9 X\"}\n".getBytes(StandardCharsets.ISO_8859_1);

        List<Document> documents = read(line, 1 << 20);

        assertThat(problems.all()).isEmpty();
        assertThat(text(documents.get(0))).isEqualTo("caf\ufffd X");
        assertThat(documents.get(0).hint(Hint.TITLE)).isEqualTo(Optional.empty());
    }

    private List<Document> read(byte[] bytes, long limit) throws Exception {
        return readAll(new JsonLinesSource("batch.jsonl", new ByteArrayInputStream(bytes), new SizeLimit(limit), problems));
    }
}

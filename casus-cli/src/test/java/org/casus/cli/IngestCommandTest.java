package org.casus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casus.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    @TempDir
    Path dir;

    private static Path seeds() {
        return SharedData.folder("seeds");
    }

    private String db() {
        return dir.resolve("casus.db").toString();
    }

    @Test
    void ingestStoresTheFiveSeedArticles() {
        CommandRun run = CommandRun.of("ingest", seeds().toString(), "--db", db());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("5 new articles stored");
    }

    @Test
    void rerunningTheSameInputAddsNothing() {
        CommandRun.of("ingest", seeds().toString(), "--db", db());
        CommandRun again = CommandRun.of("ingest", seeds().toString(), "--db", db());
        assertThat(again.status()).isZero();
        assertThat(again.err()).contains("0 new articles stored, 5 already stored");
    }

    @Test
    void aRunStoppedHalfwayAndStartedAgainStoresEveryArticleOnce() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        CommandRun.of("ingest", files.get(0).toString(), files.get(1).toString(), "--db", db());
        CommandRun rest = CommandRun.of("ingest", seeds().toString(), "--db", db());
        assertThat(rest.err()).contains("3 new articles stored, 2 already stored");
        CommandRun export = CommandRun.of("export", "--format", "jsonl", "--what", "articles", "--db", db());
        assertThat(export.out().lines().count()).isEqualTo(5);
    }

    @Test
    void badInputsGetOneLineEachWhileTheRunGoesOn() throws IOException {
        Path inputs = Files.createDirectory(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("good.txt"), "Council Approves New Bridge\n\n"
                + "The town council voted on Monday to build a footbridge over the river, ending a debate that "
                + "had lasted for more than ten years among residents of both banks.");
        Files.write(inputs.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 31 + 7);
        Files.write(inputs.resolve("photo.jpg"), binary);

        CommandRun run = CommandRun.of("ingest", inputs.toString(), dir.resolve("missing.txt").toString(), "--db", db());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.contains("empty.txt"))).hasSize(1);
        assertThat(run.err().lines().filter(l -> l.contains("photo.jpg"))).hasSize(1);
        assertThat(run.err().lines().filter(l -> l.contains("missing.txt"))).hasSize(1);
        assertThat(run.err()).contains("1 new articles stored");
    }

    @Test
    void exportWritesOneJsonObjectPerArticleToStandardOutput() {
        CommandRun.of("ingest", seeds().toString(), "--db", db());
        CommandRun jsonl = CommandRun.of("export", "--format", "jsonl", "--what", "articles", "--db", db());
        assertThat(jsonl.status()).isZero();
        assertThat(jsonl.out().lines().count()).isEqualTo(5);
        assertThat(jsonl.out().lines()).allMatch(l -> l.startsWith("{\"id\":"));
        CommandRun csv = CommandRun.of("export", "--format", "csv", "--what", "articles", "--db", db());
        assertThat(csv.out().lines().findFirst()).hasValueSatisfying(h -> assertThat(h).startsWith("id,"));
    }

    @Test
    void exportWritesToAFileWhenAsked() throws IOException {
        CommandRun.of("ingest", seeds().toString(), "--db", db());
        Path out = dir.resolve("articles.jsonl");
        CommandRun run = CommandRun.of("export", "--format", "jsonl", "--what", "articles", "--db", db(), "--out", out.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(out).size()).isEqualTo(5);
    }
}

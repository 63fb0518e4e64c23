package org.casus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casus.ingest.Fixtures.path;
import static org.casus.ingest.Fixtures.readAll;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casus.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryInputTest {
    private final CollectedProblems problems = new CollectedProblems();

    @TempDir
    Path root;

    @Test
    void walksSubdirectoriesInNameOrderAndSkipsHiddenFiles() throws Exception {
        write("b.txt");
        write("a/z.txt");
        write("a/m/k.txt");
        write("a/c.txt");
        write("C.txt");
        write(".hidden.txt");
        write(".git/config.txt");
        write("a/.secret/x.txt");

        List<String> origins = readAll(root.toString(), problems).stream().map(Document::origin).toList();

        assertThat(problems.all()).isEmpty();
        assertThat(origins).containsExactly(
                root.resolve("C.txt").toString(),
                root.resolve("a/c.txt").toString(),
                root.resolve("a/m/k.txt").toString(),
                root.resolve("a/z.txt").toString(),
                root.resolve("b.txt").toString());
    }

    @Test
    void aBadFileIsOneProblemAndTheWalkGoesOn() throws Exception {
        Files.copy(path("binary.png"), root.resolve("1.png"));
        Files.copy(path("empty.txt"), root.resolve("2.txt"));
        Files.copy(path("feeds/broken.xml"), root.resolve("3.xml"));
        Files.copy(path("article.txt"), root.resolve("4.txt"));
        Files.copy(path("articles.jsonl"), root.resolve("5.jsonl"));

        List<Document> documents = readAll(root.toString(), problems);

        assertThat(documents).extracting(Document::origin).containsExactly(
                root.resolve("4.txt").toString(),
                root.resolve("5.jsonl") + ":1", root.resolve("5.jsonl") + ":3", root.resolve("5.jsonl") + ":5");
        assertThat(problems.all()).extracting(p -> p.input()).containsExactly(
                root.resolve("1.png").toString(),
                root.resolve("2.txt").toString(),
                root.resolve("3.xml") + ":12:7",
                root.resolve("5.jsonl") + ":2");
    }

    @Test
    void readsAnEmptyDirectoryAsNoDocumentsAndNoProblems() throws Exception {
        assertThat(readAll(root.toString(), problems)).isEmpty();
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void closingEarlyStopsTheWalk() throws Exception {
        write("a.txt");
        write("b.txt");
        Source source = new DocumentSources(IngestSettings.defaults()).open(root.toString(), problems);

        var documents = source.iterator();
        assertThat(documents.next().origin()).endsWith("a.txt");
        source.close();

        assertThat(documents.hasNext()).isFalse();
    }

    private void write(String relative) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Headline for " + relative + "\n\nA short body.\n");
    }
}

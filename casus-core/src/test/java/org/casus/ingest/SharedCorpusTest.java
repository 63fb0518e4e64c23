package org.casus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casus.model.Document;
import org.casus.model.Format;
import org.junit.jupiter.api.Test;

/**
 * Real inputs from the shared folder beside the project, read in place and never copied in.
 * Skipped when the folder is absent, except on CI, where a missing folder must fail.
 */
class SharedCorpusTest {
    private final CollectedProblems problems = new CollectedProblems();

    @Test
    void readsEverySeedReportAsOnePlainTextDocument() throws Exception {
        Path seeds = shared("seeds");
        // the folder's README describes the corpus and is not one of its reports
        List<Path> files = regularFiles(seeds).stream()
                .filter(p -> !p.getFileName().toString().startsWith("README")).toList();

        List<Document> documents = Fixtures.readAll(seeds.toString(), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(documents).extracting(Document::origin)
                .containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(documents).allSatisfy(d -> assertThat(d.format()).isEqualTo(Format.TEXT));
    }

    @Test
    void detectsEveryBenchmarkPageAsHtml() throws Exception {
        Path pages = shared("benchmarks/article-extraction/html");

        List<Document> documents = Fixtures.readAll(pages.toString(), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(documents).hasSize(regularFiles(pages).size())
                .allSatisfy(d -> assertThat(d.format()).isEqualTo(Format.HTML));
    }

    private static List<Path> regularFiles(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
    }

    private static Path shared(String relative) {
        String root = System.getProperty("casus.shared");
        Path folder = root == null ? null : Path.of(root, relative);
        boolean present = folder != null && Files.isDirectory(folder);
        if (!present && "true".equals(System.getenv("CI")))
            fail("shared folder missing on CI: " + folder);
        assumeTrue(present, "shared folder not present: " + folder);
        return folder;
    }
}

package org.casus.bench;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared article-extraction benchmark folder, which lives beside the project, not in it. */
final class SharedBenchmark {

    private SharedBenchmark() {
    }

    /**
     * The folder; a test skips when it is missing on a developer machine and fails on CI, where a
     * missing data set must not pass for a green build.
     */
    static Path articleExtraction() {
        String shared = System.getProperty("casus.shared", "../shared");
        Path dir = Path.of(shared, "benchmarks", "article-extraction");
        boolean present = Files.isRegularFile(dir.resolve("ground-truth.json"));
        if (!present && "true".equals(System.getenv("CI")))
            fail("the article-extraction benchmark is missing at " + dir.toAbsolutePath());
        assumeTrue(present, "no article-extraction benchmark at " + dir.toAbsolutePath());
        return dir;
    }
}

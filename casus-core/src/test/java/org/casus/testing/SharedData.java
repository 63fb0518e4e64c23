package org.casus.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The seeds and benchmarks in {@code ../shared}, read in place (they belong to their publishers).
 * On CI a missing folder fails the test instead of skipping it, so that a green run means they ran.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path folder(String name) {
        String root = System.getProperty("casus.shared", "../shared");
        Path dir = Path.of(root, name).normalize();
        if (!Files.isDirectory(dir)) {
            if ("true".equals(System.getenv("CI")))
                fail("shared data missing on CI: " + dir.toAbsolutePath());
            Assumptions.abort("shared data not present: " + dir.toAbsolutePath());
        }
        return dir;
    }
}

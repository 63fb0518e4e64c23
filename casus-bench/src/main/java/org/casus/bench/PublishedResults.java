package org.casus.bench;

import java.util.List;

/**
 * Rows of the benchmark's published table (its README at commit 4a3bc97), shown beside Casus's
 * own figures so that a run can be read without opening the README.
 */
final class PublishedResults {

    record Row(String system, String version, ExtractionScore score) {
    }

    static final List<Row> ROWS = List.of(
            row("rs_trafilatura", "9261e08", 0.970, 0.951, 0.990, 0.287),
            row("trafilatura", "2.0.0", 0.958, 0.938, 0.978, 0.293),
            row("newspaper4k", "0.9.3.1", 0.949, 0.964, 0.934, 0.326),
            row("readability_js", "0.6.0", 0.947, 0.914, 0.982, 0.166),
            row("goose3", "3.1.20", 0.896, 0.940, 0.856, 0.232),
            row("boilerpipe", "ab3694d", 0.860, 0.850, 0.870, 0.006),
            row("html-text", "0.7.0", 0.665, 0.500, 0.994, 0.000));

    private PublishedResults() {
    }

    private static Row row(String system, String version, double f1, double p, double r, double accuracy) {
        return new Row(system, version, new ExtractionScore(f1, p, r, accuracy));
    }
}

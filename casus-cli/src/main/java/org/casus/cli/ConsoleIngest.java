package org.casus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.casus.extract.ArticleExtractor;
import org.casus.ingest.DocumentSources;
import org.casus.ingest.IngestSettings;
import org.casus.pipeline.IngestPipeline;
import org.casus.pipeline.IngestSummary;
import org.casus.store.Store;

/** Runs the ingest stages for a command, printing each problem, progress and a summary. */
final class ConsoleIngest {
    private static final long PROGRESS_EVERY_MS = 1000;
    private static final boolean INTERACTIVE = System.console() != null;
    private final PrintWriter err;

    ConsoleIngest(PrintWriter err) {
        this.err = err;
    }

    IngestSummary run(List<String> inputs, Store store, int threads) throws IOException {
        IngestPipeline pipeline = new IngestPipeline(new DocumentSources(IngestSettings.defaults()),
                new ArticleExtractor(), threads);
        long start = System.nanoTime();
        long[] lastShown = {System.currentTimeMillis()};
        boolean[] shown = {false};
        IngestSummary summary = pipeline.run(inputs, store, problem -> {
            clearProgress(shown);
            err.println(problem);
            err.flush();
        }, count -> {
            long now = System.currentTimeMillis();
            // a progress line only on a terminal: in a log or a pipe it would be noise
            if (INTERACTIVE && now - lastShown[0] >= PROGRESS_EVERY_MS) {
                double seconds = (System.nanoTime() - start) / 1e9;
                err.printf("\r%,d documents read (%.0f/s)", count, count / seconds);
                err.flush();
                lastShown[0] = now;
                shown[0] = true;
            }
        });
        clearProgress(shown);
        err.printf("%,d documents read: %,d new articles stored, %,d already stored, %,d duplicates, %,d failed%n",
                summary.documents(), summary.stored(), summary.known(), summary.duplicates(), summary.failures());
        err.flush();
        return summary;
    }

    private void clearProgress(boolean[] shown) {
        if (shown[0]) {
            err.print("\r\033[K");
            shown[0] = false;
        }
    }
}

package org.casus.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.casus.pipeline.IngestSummary;
import org.casus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casus ingest}: read, extract and store clean articles, without language analysis. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read files, directories, feeds, WARC archives and URLs; store clean articles.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "files, directories (recursive) or http(s) URLs")
    List<String> inputs;

    @Mixin
    DatabaseOption database;

    @Mixin
    ThreadsOption workers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Store store = Store.open(database.db)) {
            IngestSummary summary = new ConsoleIngest(spec.commandLine().getErr()).run(inputs, store, workers.threads);
            return summary.failures() > 0 ? 1 : 0;
        }
    }
}

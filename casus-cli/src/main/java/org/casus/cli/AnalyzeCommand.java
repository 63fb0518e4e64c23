package org.casus.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.casus.entity.Gazetteer;
import org.casus.nlp.NlpBackend;
import org.casus.pipeline.AnalysisPipeline;
import org.casus.pipeline.IngestSummary;
import org.casus.pipeline.ReconcilePipeline;
import org.casus.report.BriefingReader;
import org.casus.report.BriefingWriter;
import org.casus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casus analyze}: ingest the inputs, then print a briefing of everything stored. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Ingest the inputs, find actors and events, reconcile them across outlets, and print a briefing.")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH|URL",
            description = "files, directories (recursive) or http(s) URLs; none: brief on what is stored")
    List<String> inputs = List.of();

    @Mixin
    DatabaseOption database;

    @Mixin
    ThreadsOption workers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = Store.open(database.db)) {
            IngestSummary summary = inputs.isEmpty() ? null : new ConsoleIngest(err).run(inputs, store, workers.threads);
            int[] failed = {0};
            err.println("loading language models...");
            err.flush();
            try (NlpBackend nlp = AnalysisPipeline.languageBackend()) {
                AnalysisPipeline.Summary analysed = new AnalysisPipeline(nlp, Gazetteer.shipped(), workers.threads)
                        .run(store, problem -> {
                            failed[0]++;
                            err.println(problem);
                        }, count -> { });
                err.printf("%,d articles analysed%s%s%n", analysed.analysed(),
                        analysed.otherLanguage() > 0 ? ", " + analysed.otherLanguage() + " not in English, left unread" : "",
                        failed[0] > 0 ? ", " + failed[0] + " failed" : "");
            }
            int events = new ReconcilePipeline(Gazetteer.shipped()).run(store).size();
            err.printf("%,d events reconciled%n", events);
            PrintWriter out = spec.commandLine().getOut();
            BriefingWriter.write(BriefingReader.read(store), BriefingWriter.Format.MD, out);
            out.flush();
            return (summary != null && summary.failures() > 0) || failed[0] > 0 ? 1 : 0;
        }
    }
}

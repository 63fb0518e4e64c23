package org.casus.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.casus.model.Article;
import org.casus.pipeline.IngestSummary;
import org.casus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casus analyze}: ingest the inputs, then print a briefing of everything stored. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Ingest the inputs and print a briefing of the stored articles.")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH|URL",
            description = "files, directories (recursive) or http(s) URLs; none: brief on what is stored")
    List<String> inputs = List.of();

    @Mixin
    DatabaseOption database;

    @Option(names = "--threads", description = "extraction threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Store store = Store.open(database.db)) {
            IngestSummary summary = inputs.isEmpty() ? null
                    : new ConsoleIngest(spec.commandLine().getErr()).run(inputs, store, threads);
            try (Stream<Article> articles = store.articles()) {
                printBriefing(articles.toList(), spec.commandLine().getOut());
            }
            return summary != null && summary.failures() > 0 ? 1 : 0;
        }
    }

    private static void printBriefing(List<Article> articles, PrintWriter out) {
        out.printf("Articles (%d)%n", articles.size());
        for (Article a : articles) {
            out.printf("  %s  %s%n", a.id(), a.title().isEmpty() ? "(no headline)" : a.title());
            out.printf("      %s, %s%s%n", a.outlet().orElse("outlet unknown"),
                    a.published().map(Object::toString).orElse("date unknown"),
                    a.duplicateOf().map(d -> ", copy of " + d).orElse(""));
        }
        out.flush();
    }
}

package org.casus.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.casus.report.BriefingReader;
import org.casus.report.BriefingWriter;
import org.casus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casus report}: the briefing on what is stored, as Markdown or as one HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the briefing on what is stored: stories, timeline, contradictions, actors.")
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "md", description = "md or html (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        BriefingWriter.Format chosen = switch (format.toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> BriefingWriter.Format.MD;
            case "html" -> BriefingWriter.Format.HTML;
            default -> throw new ParameterException(spec.commandLine(), "--format must be md or html, not " + format);
        };
        try (Store store = Store.open(database.db)) {
            var briefing = BriefingReader.read(store);
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                BriefingWriter.write(briefing, chosen, stdout);
                stdout.flush();
            } else {
                try (Writer file = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                    BriefingWriter.write(briefing, chosen, file);
                }
            }
        }
        return 0;
    }
}

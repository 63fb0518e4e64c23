package org.casus.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code casus} command: reads the news and keeps one sourced account of it. */
@Command(name = "casus", mixinStandardHelpOptions = true, version = "casus 0.1.0",
        description = "Turns news articles from many outlets into clean, sourced, reconciled records.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, ReportCommand.class, ExportCommand.class})
public final class Casus {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        // UTF-8 whatever the platform's default, so headlines print as written
        CommandLine cli = new CommandLine(new Casus())
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            // a failure that stops the whole run (the store cannot be opened or written): one line
            line.getErr().println("casus: " + e.getMessage());
            return 3;
        });
        return cli;
    }
}

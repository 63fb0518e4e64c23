package org.casus.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Casus's evaluations and throughput benchmarks against the data sets in {@code ../shared/benchmarks}.
 * Each subcommand prints its figures and exits 0, or 1 when the data cannot be read.
 */
@Command(name = "casus-bench", mixinStandardHelpOptions = true, version = "casus-bench 0.1.0",
        description = "Accuracy evaluations and throughput benchmarks for Casus.",
        subcommands = {EvalExtractionCommand.class, BenchExtractionCommand.class, TimexEvaluation.class,
                NlpBenchmark.class, EventEvaluation.class, StoryEvaluation.class, CorefEvaluation.class,
                ReconcileBenchmark.class})
public final class Bench implements Runnable {
    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

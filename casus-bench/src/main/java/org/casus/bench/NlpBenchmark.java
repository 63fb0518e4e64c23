package org.casus.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Throughput of the NLP backend; filled in below. */
@Command(name = "bench-nlp", mixinStandardHelpOptions = true, description = "NLP throughput.")
public final class NlpBenchmark implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}

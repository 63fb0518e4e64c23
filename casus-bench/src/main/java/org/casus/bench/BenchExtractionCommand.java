package org.casus.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures extraction throughput over the benchmark's pages, held in memory so that only the
 * extract stage (decode, parse, pick the body, read metadata) is timed, and the heap it needs.
 */
@Command(name = "bench-extraction", mixinStandardHelpOptions = true, version = "casus-bench 0.1.0",
        description = "Pages per second of body extraction on 1 and 2 threads, and peak heap.")
final class BenchExtractionCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", description = "benchmark folder (default: ${DEFAULT-VALUE})",
            defaultValue = "${sys:casus.shared:-../shared}/benchmarks/article-extraction")
    Path dir;

    @Option(names = "--warmup", paramLabel = "N", description = "passes before timing (default: ${DEFAULT-VALUE})")
    int warmup = 5;

    @Option(names = "--rounds", paramLabel = "N", description = "timed passes per thread count (default: ${DEFAULT-VALUE})")
    int rounds = 5;

    @Option(names = "--threads", split = ",", paramLabel = "N", description = "thread counts (default: 1,2)")
    List<Integer> threads = List.of(1, 2);

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = System.out;
        ExtractionCorpus corpus;
        try {
            corpus = ExtractionCorpus.load(dir);
        } catch (IOException e) {
            System.err.println(dir + ": " + e.getMessage());
            return 1;
        }
        List<ExtractionCorpus.Page> pages = corpus.pages();
        long bytes = pages.stream().mapToLong(p -> p.html().length).sum();
        PageExtraction extraction = new PageExtraction();
        out.printf("Extraction throughput, %d pages, %.1f MB of HTML, %d cores available%n",
                pages.size(), bytes / 1e6, Runtime.getRuntime().availableProcessors());
        try (HeapWatcher heap = new HeapWatcher()) {
            int most = Collections.max(threads);
            for (int i = 0; i < warmup; i++)
                pass(extraction, pages, most);
            for (int n : threads) {
                List<Double> rates = new ArrayList<>();
                List<Double> cpuRates = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    Pass p = pass(extraction, pages, n);
                    rates.add(pages.size() / p.seconds());
                    cpuRates.add(pages.size() / p.cpuSeconds());
                }
                Collections.sort(rates);
                Collections.sort(cpuRates);
                out.printf("%d thread%s: median %.0f pages/s, best %.0f pages/s; %.0f pages per CPU-second (%d rounds)%n",
                        n, n == 1 ? " " : "s", median(rates), rates.get(rates.size() - 1), median(cpuRates), rounds);
            }
            out.printf("peak heap used %.0f MB, most live after a GC %.0f MB, max heap %.0f MB%n",
                    heap.peakUsedBytes() / 1e6, heap.peakLiveBytes() / 1e6, heap.maxHeapBytes() / 1e6);
        }
        return 0;
    }

    /** Wall-clock seconds of one pass, and the CPU seconds its workers used (load on a shared machine). */
    private record Pass(double seconds, double cpuSeconds) {
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    /** One pass over all pages on {@code n} threads. */
    private static Pass pass(PageExtraction extraction, List<ExtractionCorpus.Page> pages, int n)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            AtomicInteger next = new AtomicInteger();
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            List<Callable<Long>> workers = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                workers.add(() -> {
                    long begin = cpu.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement())
                        extraction.body(pages.get(i));
                    return cpu.getCurrentThreadCpuTime() - begin;
                });
            }
            long start = System.nanoTime();
            long cpuNanos = 0;
            for (Future<Long> f : pool.invokeAll(workers))
                cpuNanos += f.get();
            return new Pass((System.nanoTime() - start) / 1e9, cpuNanos / 1e9);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed during the benchmark", e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}

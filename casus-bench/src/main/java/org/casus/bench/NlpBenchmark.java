package org.casus.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.casus.extract.ArticleExtractor;
import org.casus.event.EventCoder;
import org.casus.extract.ExtractionException;
import org.casus.model.Annotated;
import org.casus.model.Article;
import org.casus.model.Document;
import org.casus.model.Format;
import org.casus.model.Layer;
import org.casus.nlp.CoreNlpBackend;
import org.casus.nlp.EnglishText;
import org.casus.nlp.NlpBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Throughput of the CoreNLP backend (every layer, or those chosen): model load time, articles and tokens per
 * second on one thread and on several, CPU time per article, and peak heap. The articles are the
 * seed reports after extraction, repeated, and the article-extraction benchmark's pages after
 * extraction, each once: long reports of one story, then short and long pages of every kind. Of the
 * pages, only those the analysis would annotate count: it leaves out text in other languages.
 */
@Command(name = "bench-nlp", mixinStandardHelpOptions = true,
        description = "Measure NLP throughput (articles/s, tokens/s), load time and heap on the seed articles"
                + " and the article-extraction pages.")
public final class NlpBenchmark implements Callable<Integer> {
    /** Articles annotated before anything is measured: six passes over the five seeds. */
    private static final int WARM_UP_ARTICLES = 30;

    /** The articles a run measures. */
    enum Corpus { SEEDS, PAGES }


    @Option(names = "--shared", description = "the shared data folder (default: ${DEFAULT-VALUE})")
    Path shared = Path.of(System.getProperty("casus.shared", "../shared"));

    @Option(names = "--corpus", split = ",", description = "corpora to measure (default: both): ${COMPLETION-CANDIDATES}")
    List<Corpus> corpora = List.of(Corpus.SEEDS, Corpus.PAGES);

    @Option(names = "--articles", description = "articles per measured run, at least each of the corpus's once"
            + " (default: ${DEFAULT-VALUE})")
    int articles = 100;

    @Option(names = "--threads", split = ",", description = "thread counts to measure (default: 1,2)")
    List<Integer> threadCounts = List.of(1, 2);

    @Option(names = "--layers", split = ",", description = "layers to load (default: all): ${COMPLETION-CANDIDATES}")
    Set<Layer> layers = EnumSet.allOf(Layer.class);

    @Option(names = "--parse-all", description = "parse every sentence, not only those with an event word"
            + " (as the analysis does)")
    boolean parseAll;

    @Override
    public Integer call() throws Exception {
        List<List<Article>> texts = new ArrayList<>();
        try {
            for (Corpus corpus : corpora)
                texts.add(corpus == Corpus.SEEDS ? readSeeds(shared.resolve("seeds"))
                        : readPages(shared.resolve("benchmarks").resolve("article-extraction")));
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        resetPeaks();
        long loadStart = System.nanoTime();
        try (NlpBackend backend = parseAll ? new CoreNlpBackend(layers)
                : new CoreNlpBackend(layers, new EventCoder()::mayHoldEvent)) {
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            System.out.println("layers " + backend.provides().stream().sorted().toList());
            System.gc();
            long loadedHeap = usedHeap();
            System.out.printf("model load %.1f s; heap after load %d MB (max heap %d MB)%n", loadSeconds,
                    loadedHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
            // warm-up: the JIT compiles CoreNLP's hot paths over the first few tens of articles; a
            // corpus run is past them within seconds, so they would only blur the first measure
            List<Article> first = texts.get(0);
            for (int i = 0; i < WARM_UP_ARTICLES; i++)
                backend.annotate(first.get(i % first.size()));
            for (int c = 0; c < corpora.size(); c++) {
                List<Article> corpus = texts.get(c);
                long sentences = 0;
                long parsed = 0;
                for (Article a : corpus) {
                    Annotated annotated = backend.annotate(a);
                    sentences += annotated.sentences().size();
                    parsed += annotated.sentences().stream().filter(s -> !s.dependencies().isEmpty()).count();
                }
                System.out.printf("%s: %d articles, %d of %d sentences parsed%n",
                        corpora.get(c).name().toLowerCase(Locale.ROOT), corpus.size(), parsed, sentences);
                for (int threads : threadCounts)
                    measure(backend, corpus, threads);
            }
            System.out.printf("peak heap %d MB%n", peakHeap() >> 20);
        }
        return 0;
    }

    private void measure(NlpBackend backend, List<Article> corpus, int threads) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int count = Math.max(articles, corpus.size());
        long start = System.nanoTime();
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Article article = corpus.get(i % corpus.size());
                pending.add(pool.submit(() -> {
                    long before = cpu.getCurrentThreadCpuTime();
                    Annotated a = backend.annotate(article);
                    cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - before);
                    tokens.addAndGet(a.sentences().stream().mapToLong(s -> s.tokens().size()).sum());
                }));
            }
            for (Future<?> f : pending)
                f.get();
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d thread%s: %d articles, %d tokens in %.1f s = %.2f articles/s, %.0f tokens/s;"
                        + " CPU %.0f ms per article%n", threads, threads == 1 ? "" : "s", count, tokens.get(),
                seconds, count / seconds, tokens.get() / seconds, cpuNanos.get() / 1e6 / count);
    }

    private static List<Article> readSeeds(Path folder) throws IOException {
        if (!Files.isDirectory(folder))
            throw new IOException(folder + ": no such folder (is --shared right?)");
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                try {
                    seeds.add(extractor.extract(Document.of(f.toString(), Format.TEXT, Files.readAllBytes(f))));
                } catch (ExtractionException e) {
                    throw new IOException(f + ": " + e.getMessage(), e);
                }
            }
        }
        if (seeds.isEmpty())
            throw new IOException(folder + ": no .txt seed articles");
        return seeds;
    }

    /** The benchmark's pages whose article the analysis would annotate, as the extract stage gives it. */
    private static List<Article> readPages(Path folder) throws IOException {
        PageExtraction extraction = new PageExtraction();
        List<Article> pages = new ArrayList<>();
        for (ExtractionCorpus.Page page : ExtractionCorpus.load(folder).pages())
            extraction.article(page).filter(EnglishText::reads).ifPresent(pages::add);
        if (pages.isEmpty())
            throw new IOException(folder + ": no page with an English article");
        return pages;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's own peak: an upper bound, as the pools need not peak together. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

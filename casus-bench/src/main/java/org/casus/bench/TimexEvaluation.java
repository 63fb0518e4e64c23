package org.casus.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casus.model.Annotated;
import org.casus.model.Article;
import org.casus.model.Layer;
import org.casus.nlp.CoreNlpBackend;
import org.casus.nlp.NlpBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the NLP backend's time expressions against TempEval-3 gold (Task A) and prints strict and
 * relaxed extent scores, value F1 and type F1. Each document's creation time (DCT) is given as the
 * article's publication date, as TempEval gave it to the systems.
 */
@Command(name = "eval-timex", mixinStandardHelpOptions = true,
        description = "Score time expressions and their normalised values against TempEval-3.")
public final class TimexEvaluation implements Callable<Integer> {

    /** The gold parts: the test set and the two halves of the training set. */
    enum Corpus {
        platinum("te3-platinum-input", ".TE3input"),
        timebank("TBAQ-cleaned/TimeBank", ".tml"),
        aquaint("TBAQ-cleaned/AQUAINT", ".tml");

        final String folder;
        final String suffix;

        Corpus(String folder, String suffix) {
            this.folder = folder;
            this.suffix = suffix;
        }
    }

    @Option(names = "--shared", description = "the shared data folder (default: ${DEFAULT-VALUE})")
    Path shared = Path.of(System.getProperty("casus.shared", "../shared"));

    @Option(names = "--corpus", split = ",", description = "which gold: ${COMPLETION-CANDIDATES} (default: platinum)")
    List<Corpus> corpora = List.of(Corpus.platinum);

    @Option(names = "--threads", description = "articles annotated at once (default: ${DEFAULT-VALUE})")
    int threads = 2;

    @Option(names = "--errors", description = "write every missed, spurious and wrongly valued timex to this file")
    Optional<Path> errorFile = Optional.empty();

    @Override
    public Integer call() throws Exception {
        Path folder = shared.resolve("benchmarks/tempeval3");
        List<GoldTimex> gold;
        List<TimeMlDocument> documents = new ArrayList<>();
        try {
            gold = GoldTimex.readAll(folder.resolve("derived/timex3-gold.tsv"));
            for (Corpus corpus : corpora)
                documents.addAll(read(folder.resolve(corpus.folder), corpus.suffix));
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        Map<String, List<GoldTimex>> byDocument = gold.stream()
                .filter(g -> corpora.stream().anyMatch(c -> c.name().equals(g.corpus())))
                .collect(Collectors.groupingBy(GoldTimex::document));

        long started = System.nanoTime();
        List<Annotated> annotated;
        try (NlpBackend backend = new CoreNlpBackend(EnumSet.of(Layer.TIMEX))) {
            annotated = annotateAll(backend, documents);
        }
        TimexScore score = new TimexScore();
        List<String> errors = new ArrayList<>();
        for (Annotated a : annotated)
            score.add(a.article().id(), byDocument.getOrDefault(a.article().id(), List.of()), a.timexes(), errors::add);
        print(score, documents.size(), (System.nanoTime() - started) / 1e9);
        if (errorFile.isPresent()) {
            Files.write(errorFile.get(), errors, StandardCharsets.UTF_8);
            System.out.println("errors written to " + errorFile.get() + " (" + errors.size() + " lines)");
        }
        return 0;
    }

    private static List<TimeMlDocument> read(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder))
            throw new IOException(folder + ": no such folder (is --shared right?)");
        List<TimeMlDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList())
                documents.add(TimeMlDocument.read(file));
        }
        return documents;
    }

    private List<Annotated> annotateAll(NlpBackend backend, List<TimeMlDocument> documents)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Annotated>> pending = new ArrayList<>();
            for (TimeMlDocument d : documents) {
                Article article = new Article(d.id(), d.id(), Optional.empty(), Optional.empty(), "",
                        Optional.of(d.created()), Optional.empty(), Optional.of("en"), d.text(), Optional.empty());
                pending.add(pool.submit(() -> backend.annotate(article)));
            }
            List<Annotated> done = new ArrayList<>();
            for (Future<Annotated> f : pending)
                done.add(f.get());
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private void print(TimexScore s, int documents, double seconds) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.printf("TempEval-3 %s: %d documents, %d gold timexes, %d found (%.0f s)%n",
                corpora.stream().map(Enum::name).collect(Collectors.joining("+")), documents,
                s.goldCount(), s.systemCount(), seconds);
        out.printf("%-10s %9s %7s %7s%n", "", "precision", "recall", "F1");
        out.printf("%-10s %9.4f %7.4f %7.4f%n", "strict", s.strictPrecision(), s.strictRecall(), s.strictF1());
        out.printf("%-10s %9.4f %7.4f %7.4f%n", "relaxed", s.relaxedPrecision(), s.relaxedRecall(), s.relaxedF1());
        out.printf("value F1   %.4f   (value accuracy on relaxed matches %.4f)%n", s.valueF1(), s.valueAccuracy());
        out.printf("type F1    %.4f%n", s.typeF1());
        if (corpora.equals(List.of(Corpus.platinum)))
            out.println("published value F1 on platinum (TempEval-3): HeidelTime 0.7761, SUTime 0.6738");
    }
}

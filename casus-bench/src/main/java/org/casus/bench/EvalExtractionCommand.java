package org.casus.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casus.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores Casus's article-body extraction (or a published system's stored output) on the
 * article-extraction benchmark with the benchmark's own shingle metric.
 */
@Command(name = "eval-extraction", mixinStandardHelpOptions = true, version = "casus-bench 0.1.0",
        description = "Score body extraction on the article-extraction benchmark (181 pages).")
final class EvalExtractionCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", description = "benchmark folder (default: ${DEFAULT-VALUE})",
            defaultValue = "${sys:casus.shared:-../shared}/benchmarks/article-extraction")
    Path dir;

    @Option(names = "--system", paramLabel = "NAME",
            description = "score reference-outputs/NAME.json instead of running Casus")
    String system;

    @Option(names = "--worst", paramLabel = "N", description = "list the N pages with the lowest F1")
    int worst;

    @Option(names = "--save", paramLabel = "FILE",
            description = "write the scored bodies as {id: {articleBody}} JSON, the benchmark's output format")
    Path save;

    private final MetadataCoverage metadata = new MetadataCoverage();

    @Override
    public Integer call() {
        PrintStream out = System.out;
        ExtractionCorpus corpus;
        List<String> bodies;
        try {
            corpus = ExtractionCorpus.load(dir);
            bodies = system == null ? extract(corpus) : stored(corpus, system);
        } catch (IOException e) {
            System.err.println(dir + ": " + e.getMessage());
            return 1;
        }
        ShingleScorer scorer = new ShingleScorer();
        List<PageScore> scores = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            ExtractionCorpus.Page page = corpus.pages().get(i);
            scores.add(scorer.score(page.id(), page.gold(), bodies.get(i)));
        }
        ExtractionScore total = ShingleScorer.summarize(scores);
        String name = system == null ? "casus" : system;
        out.printf("Article extraction, %d pages (%s)%n%n", scores.size(), dir.toAbsolutePath().normalize());
        out.printf("%-16s %-9s %6s %9s %7s %9s%n", "system", "version", "F1", "precision", "recall", "accuracy");
        out.println(row(name, "this run", total));
        for (PublishedResults.Row r : PublishedResults.ROWS)
            out.println(row(r.system(), r.version(), r.score()));
        if (system == null)
            out.printf("%nMetadata found (not scored, the benchmark has no gold for it): %s%n", metadata);
        if (worst > 0)
            printWorst(out, corpus, scores);
        if (save != null) {
            try {
                write(corpus, bodies, save);
            } catch (IOException e) {
                System.err.println(save + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    private List<String> extract(ExtractionCorpus corpus) {
        PageExtraction extraction = new PageExtraction();
        List<String> out = new ArrayList<>();
        for (ExtractionCorpus.Page page : corpus.pages()) {
            Optional<Article> article = extraction.article(page);
            out.add(article.map(Article::text).orElse(""));
            article.ifPresent(metadata::count);
        }
        return out;
    }

    private static List<String> stored(ExtractionCorpus corpus, String system) throws IOException {
        Map<String, String> output = corpus.referenceOutput(system);
        List<String> out = new ArrayList<>();
        for (ExtractionCorpus.Page page : corpus.pages())
            out.add(output.getOrDefault(page.id(), ""));
        return out;
    }

    private void printWorst(PrintStream out, ExtractionCorpus corpus, List<PageScore> scores) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++)
            order.add(i);
        order.sort(Comparator.comparingDouble(i -> scores.get(i).f1()));
        out.printf("%nLowest %d pages by F1%n", Math.min(worst, order.size()));
        out.printf("%6s %6s %6s  %s%n", "F1", "P", "R", "page");
        for (int i : order.subList(0, Math.min(worst, order.size()))) {
            PageScore s = scores.get(i);
            ExtractionCorpus.Page page = corpus.pages().get(i);
            out.printf("%6.3f %6.3f %6.3f  %s %s%n", s.f1(), s.precision(), s.recall(),
                    page.id().substring(0, 12), page.url().orElse(""));
        }
    }

    private static void write(ExtractionCorpus corpus, List<String> bodies, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        for (int i = 0; i < bodies.size(); i++)
            root.putObject(corpus.pages().get(i).id()).put("articleBody", bodies.get(i));
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private static String row(String system, String version, ExtractionScore s) {
        return String.format("%-16s %-9s %6.3f %9.3f %7.3f %9.3f", system, version, s.f1(), s.precision(),
                s.recall(), s.accuracy());
    }
}

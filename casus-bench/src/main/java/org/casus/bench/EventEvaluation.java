package org.casus.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casus.event.EventCoder;
import org.casus.model.ActorMention;
import org.casus.model.Annotated;
import org.casus.model.Article;
import org.casus.model.EventMention;
import org.casus.nlp.CoreNlpBackend;
import org.casus.nlp.NlpBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Codes the PETRARCH2 unit-test sentences with Casus's own lexicon and parser and scores them
 * against PETRARCH's gold. Actors come from the records' own made-up world, read from its
 * dictionaries at run time; the verbs do not (Casus's lexicon is its own, CAMEO-coded, while the
 * test verb dictionary holds WEIS-era codes for many verbs), so read the figures as agreement with
 * PETRARCH's conventions, not as accuracy on news.
 */
@Command(name = "eval-events", mixinStandardHelpOptions = true,
        description = "Score event coding against the PETRARCH2 unit-test gold codings.")
public final class EventEvaluation implements Callable<Integer> {

    @Option(names = "--shared", description = "the shared data folder (default: ${DEFAULT-VALUE})")
    Path shared = Path.of("../shared");

    @Option(names = "--threads", description = "sentences annotated at once (default: ${DEFAULT-VALUE})")
    int threads = 2;

    @Option(names = "--happened-only", description = "score only mentions of events that took place (ASSERTED, REPORTED)")
    boolean happenedOnly;

    @Option(names = "--errors", description = "write every record coded wrong, with gold and system triples, to this file")
    Optional<Path> errorFile = Optional.empty();

    @Override
    public Integer call() throws Exception {
        Path folder = shared.resolve("benchmarks/petrarch2");
        List<GoldCoding> records;
        PetrarchActors dictionary;
        try {
            records = GoldCoding.readAll(folder.resolve("derived/unit-test-gold-codings.tsv"));
            dictionary = PetrarchActors.read(folder.resolve("dictionaries/PETR.Validate.actors.txt"),
                    folder.resolve("dictionaries/PETR.Validate.agents.txt"));
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        List<GoldCoding> scored = records.stream()
                .filter(r -> r.kind().equals("event") || r.kind().equals("noevents")).toList();
        long started = System.nanoTime();
        EventCoder coder = new EventCoder();
        PetrarchMentions actors = new PetrarchMentions(dictionary);
        List<Set<GoldCoding.Triple>> coded;
        try (NlpBackend backend = new CoreNlpBackend(EventCoder.REQUIRES, coder::mayHoldEvent)) {
            coded = codeAll(backend, coder, actors, scored);
        }
        TripleScore all = new TripleScore();
        Map<String, TripleScore> byCategory = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            GoldCoding r = scored.get(i);
            all.add(r.triples(), coded.get(i));
            byCategory.computeIfAbsent(r.category(), c -> new TripleScore()).add(r.triples(), coded.get(i));
            if (!r.triples().equals(coded.get(i)))
                errors.add(r.id() + "\tgold=" + r.triples() + "\tsystem=" + coded.get(i) + "\t" + r.text());
        }
        print(all, byCategory, records.size() - scored.size(), dictionary.entries().size(),
                (System.nanoTime() - started) / 1e9);
        if (errorFile.isPresent()) {
            Files.write(errorFile.get(), errors, StandardCharsets.UTF_8);
            System.out.println("errors written to " + errorFile.get() + " (" + errors.size() + " records)");
        }
        return 0;
    }

    private List<Set<GoldCoding.Triple>> codeAll(NlpBackend backend, EventCoder coder, PetrarchMentions actors,
                                                 List<GoldCoding> records) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Set<GoldCoding.Triple>>> pending = new ArrayList<>();
            for (GoldCoding r : records)
                pending.add(pool.submit(() -> code(backend, coder, actors, r)));
            List<Set<GoldCoding.Triple>> done = new ArrayList<>();
            for (Future<Set<GoldCoding.Triple>> f : pending)
                done.add(f.get());
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private Set<GoldCoding.Triple> code(NlpBackend backend, EventCoder coder, PetrarchMentions actors, GoldCoding r) {
        Article article = new Article(r.id(), r.id(), Optional.empty(), Optional.empty(), "", Optional.of(r.date()),
                Optional.empty(), Optional.of("en"), r.text(), Optional.empty());
        Annotated annotated = backend.annotate(article);
        List<ActorMention> found = actors.find(annotated, r.date());
        Set<GoldCoding.Triple> triples = new LinkedHashSet<>();
        for (EventMention m : coder.code(annotated, found)) {
            if (happenedOnly && !m.modality().happened())
                continue;
            // PETRARCH codes an event only when it finds at least one of its actors
            if (m.source().isEmpty() && m.target().isEmpty())
                continue;
            triples.add(new GoldCoding.Triple(m.source().orElse("---"), m.target().orElse("---"), m.code()));
        }
        return triples;
    }

    private void print(TripleScore s, Map<String, TripleScore> byCategory, int skipped, int entries, double seconds) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.printf("PETRARCH2 unit tests: %d records scored (%d error/unspecified records left out), %d dictionary"
                + " entries, %d gold triples, %d coded (%.0f s)%s%n", s.records(), skipped, entries, s.goldTriples(),
                s.systemTriples(), seconds, happenedOnly ? ", events that happened only" : "");
        out.printf("records coded exactly right  %5.1f%% (%d of %d)%n", 100 * s.exactShare(), s.exact(), s.records());
        out.printf("triples  precision %.3f  recall %.3f  F1 %.3f%n", s.precision(), s.recall(), s.f1());
        out.printf("at CAMEO root: triple F1 %.3f; gold triples whose root the coder gave %.1f%%%n", s.rootF1(),
                100 * s.rootAccuracy());
        out.printf("actor pairs (source, target), codes aside: F1 %.3f%n", s.pairF1());
        out.printf("%-10s %7s %7s %7s %7s %7s%n", "category", "records", "exact", "F1", "rootF1", "pairF1");
        byCategory.forEach((c, t) -> out.printf("%-10s %7d %6.1f%% %7.3f %7.3f %7.3f%n", c, t.records(),
                100 * t.exactShare(), t.f1(), t.rootF1(), t.pairF1()));
    }
}

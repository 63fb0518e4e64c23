package org.casus.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.casus.entity.Actor;
import org.casus.entity.EntityIndex;
import org.casus.entity.Gazetteer;
import org.casus.model.Article;
import org.casus.model.Entity;
import org.casus.reconcile.EventReconciler;
import org.casus.model.EventMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Cross-document event coreference on the ECB+ test topics (36–45): Casus reads the 210 documents,
 * its event mentions are matched to the gold ones in checked sentences, and clusterings of them are
 * scored with MUC, B³, CEAF-e and CoNLL F1 over all documents at once, singletons included. The
 * same scores for baselines on the gold mentions place the figures beside published results, which
 * cluster gold mentions.
 */
@Command(name = "eval-coref", mixinStandardHelpOptions = true,
        description = "Score cross-document event coreference on the ECB+ test topics.")
public final class CorefEvaluation implements Callable<Integer> {

    /** Published CoNLL F1 on the same test topics with gold mentions (Min et al. 2024, table 2). */
    private static final List<String> PUBLISHED = List.of("Barhom et al. 2019 79.5", "Cattan et al. 2021 81.0",
            "Held et al. 2021 85.7", "Min et al. 2024 86.7");

    enum Grouping { SUBTOPIC, TOPIC }

    @Option(names = "--shared", description = "the shared data folder (default: ${DEFAULT-VALUE})")
    Path shared = Path.of(System.getProperty("casus.shared", "../shared"));

    @Option(names = "--threads", description = "documents read at once (default: ${DEFAULT-VALUE})")
    int threads = 2;

    @Option(names = "--groups", description = "gold document groups the baselines link within: ${COMPLETION-CANDIDATES}"
            + " (default: ${DEFAULT-VALUE})")
    Grouping grouping = Grouping.SUBTOPIC;

    @Option(names = "--cache", description = "folder that keeps Casus's readings between runs (default: the folder"
            + " of the bench jar, target/)")
    Optional<Path> cacheFolder = Optional.empty();

    @Option(names = "--split", description = "the ECB+ split to score: train, dev or test; only test is placed"
            + " beside published results, dev is for checking changes (default: ${DEFAULT-VALUE})")
    String split = "test";

    @Option(names = "--no-cache", description = "read every document afresh and keep nothing")
    boolean noCache;

    @Option(names = "--errors", description = "write, for the reconciler in group, the gold events it split and"
            + " the clusters that join several gold events (matched mentions only) to this file")
    Optional<Path> errors = Optional.empty();

    @Override
    public Integer call() throws Exception {
        EcbCorpus corpus;
        try {
            corpus = EcbCorpus.read(shared.resolve("benchmarks/ecbplus"), split);
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        long started = System.nanoTime();
        Map<String, List<GoldEventMention>> goldByDocument = new HashMap<>();
        for (GoldEventMention g : corpus.events())
            if (g.validated())
                goldByDocument.computeIfAbsent(g.document(), d -> new ArrayList<>()).add(g);
        List<EcbText> texts = corpus.documents().stream().map(EcbText::of).toList();
        Readings read;
        try {
            read = read(texts, goldByDocument);
        } catch (IOException e) {
            System.err.println("reading cache: " + e.getMessage());
            return 1;
        }
        List<CasusReading> readings = read.readings();
        int cached = read.kept();
        double seconds = (System.nanoTime() - started) / 1e9;

        Map<String, String> groupOf = new HashMap<>();
        for (EcbDocument d : corpus.documents())
            groupOf.put(d.id(), grouping == Grouping.SUBTOPIC ? d.subtopic() : String.valueOf(d.topic()));
        List<GoldEventMention> gold = corpus.events().stream().filter(GoldEventMention::validated).toList();
        CorefPartition key = new CorefPartition(SameKeyClusterer.group(gold, GoldEventMention::key, GoldEventMention::chain));
        MentionAlignment alignment = MentionAlignment.align(corpus, readings);

        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        long groups = groupOf.values().stream().distinct().count();
        out.printf("ECB+ %s topics: %d documents read in %.0f s (%d kept from an earlier run); %d gold event"
                + " mentions in checked sentences, %d gold events; baselines link within %d gold %ss%n",
                split, readings.size(), seconds, cached, gold.size(), key.entities().size(), groups,
                grouping.name().toLowerCase(Locale.ROOT));
        int found = alignment.matchedGold().size();
        long matchedSystem = alignment.keyOfMention().values().stream().filter(k -> !k.startsWith("casus/")).count();
        out.printf("Casus event mentions: recall %.3f (%d of %d gold), precision %.3f (%d of %d triggers in checked"
                + " sentences)%n", (double) found / gold.size(), found, gold.size(),
                (double) matchedSystem / alignment.systemCount(), matchedSystem, alignment.systemCount());

        out.printf("%n%-44s %-17s %-17s %-17s %s%n", "", "MUC  R   P   F1", "B3   R   P   F1", "CEAF-e R  P  F1",
                "CoNLL F1");
        Map<String, CasusReading> byDocument = new HashMap<>();
        readings.forEach(r -> byDocument.put(r.text().document().id(), r));
        Function<GoldEventMention, String> goldLemma = g -> byDocument.get(g.document()).lemmas()
                .getOrDefault(g.key(), g.text().toLowerCase(Locale.ROOT));
        row(out, "gold mentions, singletons", CorefScores.of(key,
                new CorefPartition(SameKeyClusterer.group(gold, GoldEventMention::key, GoldEventMention::key))));
        row(out, "gold mentions, same head lemma in group", CorefScores.of(key, new CorefPartition(SameKeyClusterer
                .group(gold, GoldEventMention::key, g -> groupOf.get(g.document()) + "\u0000" + goldLemma.apply(g)))));

        List<EventMention> mentions = readings.stream().flatMap(r -> r.mentions().stream()).toList();
        List<Article> articles = readings.stream().map(r -> r.text().article()).toList();
        Function<EventMention, String> lemma = m -> byDocument.get(m.article()).lemmas()
                .getOrDefault(m.id(), m.trigger().cut(byDocument.get(m.article()).text().article().text()));
        // each clusterer sees every mention Casus coded
        Map<String, EventClusterer> clusterers = new LinkedHashMap<>();
        EventReconciler reconciler = new EventReconciler();
        List<Entity> actors = entities(readings);
        clusterers.put("singletons", (ms, as) -> List.of());
        clusterers.put("same CAMEO root in group", SameKeyClusterer.cameoRootPerGroup(groupOf));
        clusterers.put("same head lemma in group", SameKeyClusterer.lemmaPerGroup(groupOf, lemma));
        clusterers.put("EventReconciler in group", (ms, as) -> reconciler.reconcile(ms, as, actors, groupOf).stream()
                .map(e -> Set.copyOf(e.mentions())).toList());
        clusterers.put("EventReconciler, no groups", (ms, as) -> reconciler.reconcile(ms, as, actors, Map.of())
                .stream().map(e -> Set.copyOf(e.mentions())).toList());
        Set<String> ids = new HashSet<>();
        mentions.forEach(m -> ids.add(m.id()));
        for (Map.Entry<String, EventClusterer> c : clusterers.entrySet()) {
            List<Set<String>> clusters = c.getValue().cluster(mentions, articles);
            if (errors.isPresent() && c.getKey().equals("EventReconciler in group")) {
                Map<String, String> chainOfKey = new HashMap<>();
                gold.forEach(g -> chainOfKey.put(g.key(), g.chain()));
                Map<String, Article> articleById = new HashMap<>();
                articles.forEach(a -> articleById.put(a.id(), a));
                CorefErrors.write(errors.get(), clusters, mentions, articleById, alignment.keyOfMention(), chainOfKey);
            }
            CorefPartition response = alignment.response(clusters, ids);
            row(out, "Casus mentions, " + c.getKey(), CorefScores.of(key, response));
            CorefScores aligned = CorefScores.of(key.restrictedTo(alignment.matchedGold()),
                    response.restrictedTo(alignment.matchedGold()));
            row(out, "  matched mentions only", aligned);
        }
        if (split.equals("test"))
            out.printf("%npublished, gold mentions (CoNLL F1): %s%n", String.join("; ", PUBLISHED));
        return 0;
    }

    /**
     * The actors as {@code casus analyze} gives them to the reconciler: the entities its index makes
     * of the documents' actor mentions (names, spellings, the ties the texts state), and the
     * gazetteer's other actors, which link those through a middle tie.
     */
    private static List<Entity> entities(List<CasusReading> readings) {
        Gazetteer gazetteer = Gazetteer.shipped();
        EntityIndex index = new EntityIndex(gazetteer);
        for (CasusReading r : readings)
            index.add(r.text().article().id(), r.text().article().text(), r.actors());
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Entity e : index.entities())
            entities.put(e.id(), e);
        for (Actor actor : gazetteer.actors())
            entities.putIfAbsent(actor.id(), actor.asEntity());
        return List.copyOf(entities.values());
    }

    /** Casus's readings of the documents, in their order, and how many came from the cache. */
    private record Readings(List<CasusReading> readings, int kept) {
    }

    private Readings read(List<EcbText> texts, Map<String, List<GoldEventMention>> gold) throws Exception {
        Optional<ReadingCache> cache = noCache ? Optional.empty() : ReadingCache.open(cacheFolder.orElse(jarFolder()));
        try {
            Map<String, CasusReading> kept = new HashMap<>();
            for (EcbText text : texts)
                if (cache.isPresent())
                    cache.get().get(text).ifPresent(r -> kept.put(text.document().id(), r));
            int fromCache = kept.size();
            List<EcbText> missing = texts.stream().filter(t -> !kept.containsKey(t.document().id())).toList();
            for (CasusReading fresh : new EcbReader(threads).read(missing, gold)) {
                kept.put(fresh.text().document().id(), fresh);
                if (cache.isPresent())
                    cache.get().put(fresh);
            }
            return new Readings(texts.stream().map(t -> kept.get(t.document().id())).toList(), fromCache);
        } finally {
            if (cache.isPresent())
                cache.get().close();
        }
    }

    private static Path jarFolder() {
        try {
            return Path.of(CorefEvaluation.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the bench's own location is not a path", e);
        }
    }

    private static void row(PrintWriter out, String label, CorefScores s) {
        out.printf("%-44s %s %s %s %5.1f%n", label, prf(s.muc()), prf(s.bcubed()), prf(s.ceafe()), 100 * s.conllF1());
    }

    private static String prf(RecallPrecision s) {
        return String.format(Locale.ROOT, "%5.1f %5.1f %5.1f", 100 * s.recall(), 100 * s.precision(), 100 * s.f1());
    }
}

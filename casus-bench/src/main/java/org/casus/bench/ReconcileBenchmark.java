package org.casus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.casus.entity.ActorResolver;
import org.casus.entity.Actor;
import org.casus.entity.Gazetteer;
import org.casus.event.EventCoder;
import org.casus.extract.ArticleExtractor;
import org.casus.extract.ExtractionException;
import org.casus.model.Annotated;
import org.casus.model.Article;
import org.casus.model.Document;
import org.casus.model.Entity;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.model.Format;
import org.casus.model.Precision;
import org.casus.nlp.CoreNlpBackend;
import org.casus.reconcile.EventReconciler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scaling of event reconciliation: the seed reports are coded once by the real pipeline, and their
 * mentions replicated into larger corpora, each copy a new article of another outlet, its dates
 * shifted by whole weeks and its actors renamed in one of many variants, so that copies tell other
 * events. Each copy's articles make one story, as the seeds do, so that the rules that work within a
 * story are measured too. Prints time and peak heap per size; near-linear growth is the goal.
 */
@Command(name = "bench-reconcile", mixinStandardHelpOptions = true,
        description = "Measure event reconciliation time and heap on 1k, 10k and 100k mentions replicated from the seeds.")
public final class ReconcileBenchmark implements Callable<Integer> {
    /** How many actor variants copies cycle through: copies with one variant share actors. */
    private static final int ACTOR_VARIANTS = 97;

    @Option(names = "--shared", description = "the shared data folder (default: ${DEFAULT-VALUE})")
    Path shared = Path.of(System.getProperty("casus.shared", "../shared"));

    @Option(names = "--sizes", split = ",", description = "mention counts to measure (default: 1000,10000,100000)")
    List<Integer> sizes = List.of(1_000, 10_000, 100_000);

    @Override
    public Integer call() throws Exception {
        List<Article> seeds;
        try {
            seeds = readSeeds(shared.resolve("seeds"));
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        List<EventMention> mentions = new ArrayList<>();
        long codeStart = System.nanoTime();
        try (CoreNlpBackend backend = new CoreNlpBackend(EventCoder.REQUIRES)) {
            ActorResolver resolver = new ActorResolver(Gazetteer.shipped());
            EventCoder coder = new EventCoder();
            for (Article a : seeds) {
                Annotated annotated = backend.annotate(a);
                mentions.addAll(coder.code(annotated, resolver.resolve(annotated)));
            }
        }
        System.out.printf("coded %d seed articles into %d mentions in %.1f s (models included)%n", seeds.size(),
                mentions.size(), (System.nanoTime() - codeStart) / 1e9);
        List<Entity> entities = gazetteerEntities();
        EventReconciler reconciler = new EventReconciler();
        // one small run first, so that class loading and JIT warm-up are not charged to the first size
        Map<String, String> seedStory = new HashMap<>();
        seeds.forEach(a -> seedStory.put(a.id(), "seeds"));
        reconciler.reconcile(mentions, seeds, entities, seedStory);
        System.out.println("mentions    events     seconds   µs/mention   peak heap MB   live heap MB");
        for (int size : sizes) {
            List<Article> articles = new ArrayList<>();
            Map<String, String> storyOf = new HashMap<>();
            List<EventMention> corpus = replicate(seeds, mentions, size, articles, storyOf);
            System.gc();
            try (HeapWatcher heap = new HeapWatcher()) {
                long start = System.nanoTime();
                List<Event> events = reconciler.reconcile(corpus, articles, entities, storyOf);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%8d  %8d  %10.2f  %11.1f  %13d  %13d%n", corpus.size(), events.size(), seconds,
                        seconds * 1e6 / corpus.size(), heap.peakUsedBytes() >> 20, heap.peakLiveBytes() >> 20);
            }
        }
        return 0;
    }

    private static List<EventMention> replicate(List<Article> seeds, List<EventMention> mentions, int size,
                                                List<Article> articles, Map<String, String> storyOf) {
        List<EventMention> corpus = new ArrayList<>(size);
        for (int copy = 0; corpus.size() < size; copy++) {
            int weeks = copy / ACTOR_VARIANTS;
            String variant = copy % ACTOR_VARIANTS == 0 ? "" : "-v" + copy % ACTOR_VARIANTS;
            for (Article seed : seeds) {
                String id = seed.id() + "-c" + copy;
                articles.add(new Article(id, seed.source(), seed.url(),
                        Optional.of(seed.outlet().orElse("Outlet") + " " + copy), seed.title(),
                        seed.published().map(d -> d.plusWeeks(weeks)), seed.byline(), seed.language(), seed.text(),
                        Optional.empty()));
                storyOf.put(id, "story-c" + copy);
            }
            for (EventMention m : mentions) {
                if (corpus.size() >= size)
                    break;
                String article = m.article() + "-c" + copy;
                Optional<String> source = m.source().map(s -> s + variant);
                Optional<String> target = m.target().map(t -> t + variant);
                Optional<String> date = m.date().map(d -> shift(d, m.datePrecision(), weeks));
                corpus.add(new EventMention(EventMention.idOf(article, m.span(), m.trigger(), m.code(), source, target),
                        article, m.sentence(), m.quote(), m.span(), m.trigger(), m.type(), source, target,
                        m.location(), m.locationId(), date, date.map(Precision::of).orElse(Precision.UNKNOWN),
                        m.dateText(), m.modality(), m.attributedTo(), m.quantities(), Optional.empty()));
            }
        }
        return corpus;
    }

    /** Day dates move by whole weeks; coarser values stay, as a month recalled stays that month. */
    private static String shift(String value, Precision precision, int weeks) {
        if (precision != Precision.DAY || !value.matches("\\d{4}-\\d{2}-\\d{2}"))
            return value;
        return LocalDate.parse(value).plusWeeks(weeks).toString();
    }

    private static List<Entity> gazetteerEntities() {
        return Gazetteer.shipped().actors().stream().map(Actor::asEntity).toList();
    }

    /** The seed reports, dated by their text or, when it states none, one day apart from 20 November 2020. */
    private static List<Article> readSeeds(Path folder) throws IOException {
        if (!Files.isDirectory(folder))
            throw new IOException(folder + ": no such folder (is --shared right?)");
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                try {
                    Article a = extractor.extract(Document.of(f.toString(), Format.TEXT, Files.readAllBytes(f)));
                    LocalDate fallback = LocalDate.of(2020, 11, 20).plusDays(seeds.size());
                    seeds.add(new Article(a.id(), a.source(), a.url(), a.outlet(), a.title(),
                            a.published().or(() -> Optional.of(fallback)), a.byline(), a.language(), a.text(),
                            a.duplicateOf()));
                } catch (ExtractionException e) {
                    throw new IOException(f + ": " + e.getMessage(), e);
                }
            }
        }
        if (seeds.isEmpty())
            throw new IOException(folder + ": no .txt seed articles");
        return seeds;
    }
}

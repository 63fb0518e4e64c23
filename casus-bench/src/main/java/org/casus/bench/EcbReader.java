package org.casus.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casus.entity.ActorResolver;
import org.casus.entity.Gazetteer;
import org.casus.event.EventCoder;
import org.casus.model.ActorMention;
import org.casus.model.Annotated;
import org.casus.model.EventMention;
import org.casus.model.Span;
import org.casus.nlp.CoreNlpBackend;
import org.casus.nlp.NlpBackend;

/**
 * Runs Casus's language stages on ECB+ documents as {@code casus analyze} does: annotate, resolve
 * actors with the shipped gazetteer, code events. The models load only when a document needs them.
 */
final class EcbReader {
    private final int threads;

    EcbReader(int threads) {
        if (threads < 1)
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        this.threads = threads;
    }

    /** Reads {@code texts}, in order; {@code gold} gives each document's gold mentions to lemmatise. */
    List<CasusReading> read(List<EcbText> texts, Map<String, List<GoldEventMention>> gold)
            throws InterruptedException, ExecutionException {
        if (texts.isEmpty())
            return List.of();
        EventCoder coder = new EventCoder();
        ActorResolver actors = new ActorResolver(Gazetteer.shipped());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (NlpBackend backend = new CoreNlpBackend(EventCoder.REQUIRES)) {
            List<Future<CasusReading>> pending = new ArrayList<>();
            for (EcbText text : texts)
                pending.add(pool.submit(() -> {
                    Annotated annotated = backend.annotate(text.article());
                    List<ActorMention> found = actors.resolve(annotated);
                    List<EventMention> mentions = coder.code(annotated, found);
                    return new CasusReading(text, found, mentions,
                            lemmas(text, annotated, mentions, gold.getOrDefault(text.document().id(), List.of())));
                }));
            List<CasusReading> done = new ArrayList<>();
            for (Future<CasusReading> f : pending)
                done.add(f.get());
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, String> lemmas(EcbText text, Annotated annotated, List<EventMention> mentions,
                                              List<GoldEventMention> gold) {
        Map<String, String> lemmas = new HashMap<>();
        for (EventMention m : mentions)
            HeadLemma.of(annotated, List.of(m.trigger())).ifPresent(l -> lemmas.put(m.id(), l));
        for (GoldEventMention g : gold) {
            List<Span> spans = g.tokens().stream().map(text::span).flatMap(Optional::stream).toList();
            HeadLemma.of(annotated, spans).ifPresent(l -> lemmas.put(g.key(), l));
        }
        return lemmas;
    }
}

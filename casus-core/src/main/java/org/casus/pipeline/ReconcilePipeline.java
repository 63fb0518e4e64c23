package org.casus.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.casus.model.Article;
import org.casus.model.Entity;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.model.Story;
import org.casus.reconcile.EventReconciler;
import org.casus.store.Store;

/**
 * The reconcile stage, assembled: every stored event mention is merged with the others into events,
 * within the stories the articles were grouped into, using the entities' ties; the events replace
 * those of the last run. Events are rebuilt whole, so an article analysed late can join an event
 * that earlier reports started.
 */
public final class ReconcilePipeline {
    private final EventReconciler reconciler = new EventReconciler();

    /**
     * Reconciles what is stored and saves the events.
     *
     * @return the events, sorted by id
     * @throws IOException when the store fails
     */
    public List<Event> run(Store store) throws IOException {
        try {
            List<EventMention> mentions;
            try (Stream<EventMention> stored = store.eventMentions()) {
                mentions = stored.toList();
            }
            Set<String> telling = new HashSet<>();
            for (EventMention m : mentions)
                telling.add(m.article());
            // only the articles that tell of events: their texts are read for credits to other outlets
            List<Article> articles;
            try (Stream<Article> stored = store.articles()) {
                articles = stored.filter(a -> telling.contains(a.id())).toList();
            }
            List<Entity> entities;
            try (Stream<Entity> stored = store.entities()) {
                entities = stored.toList();
            }
            Map<String, String> storyOf = new HashMap<>();
            try (Stream<Story> stories = store.stories()) {
                stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
            }
            List<Event> events = reconciler.reconcile(mentions, articles, entities, storyOf);
            store.saveEvents(events);
            return events;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

package org.casus.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.casus.entity.Actor;
import org.casus.entity.Gazetteer;
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
    private final Gazetteer gazetteer;

    /** @param gazetteer its ties join actors that stand for one another (an embassy and its government) */
    public ReconcilePipeline(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

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
            // the stored entities, and the gazetteer's other actors, which link those through a middle tie
            Map<String, Entity> entities = new HashMap<>();
            try (Stream<Entity> stored = store.entities()) {
                stored.forEach(e -> entities.put(e.id(), e));
            }
            for (Actor actor : gazetteer.actors())
                entities.putIfAbsent(actor.id(), actor.asEntity());
            Map<String, String> storyOf = new HashMap<>();
            try (Stream<Story> stories = store.stories()) {
                stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
            }
            List<Event> events = reconciler.reconcile(mentions, articles, entities.values(), storyOf);
            store.saveEvents(events);
            return events;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

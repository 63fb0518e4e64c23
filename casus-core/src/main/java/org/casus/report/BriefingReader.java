package org.casus.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.model.ActorMention;
import org.casus.model.Article;
import org.casus.model.Entity;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.model.Story;
import org.casus.reconcile.EscalationIndex;
import org.casus.reconcile.Timeline;
import org.casus.store.Store;

/** Reads a {@link Briefing} from what the store holds. */
public final class BriefingReader {
    /** The id of the story that gathers articles not grouped into any story yet. */
    public static final String UNGROUPED = "ungrouped";

    private BriefingReader() {
    }

    /**
     * The briefing on everything stored.
     *
     * @throws IOException when the store fails
     */
    public static Briefing read(Store store) throws IOException {
        try {
            return readAll(store);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Briefing readAll(Store store) throws IOException {
        List<Article> articles;
        try (Stream<Article> stored = store.articles()) {
            articles = stored.toList();
        }
        List<Entity> actors;
        try (Stream<Entity> stored = store.entities()) {
            actors = stored.sorted(Comparator.comparingInt((Entity e) -> -e.articles().size())
                    .thenComparing(Entity::name)).toList();
        }
        List<Event> events;
        try (Stream<Event> stored = store.events()) {
            events = stored.toList();
        }
        List<Story> stories;
        try (Stream<Story> stored = store.stories()) {
            stories = new ArrayList<>(stored.toList());
        }
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
        ungrouped(articles, storyOf).ifPresent(s -> {
            stories.add(s);
            s.articles().forEach(a -> storyOf.put(a, s.id()));
        });

        Map<String, List<Event>> eventsOf = new HashMap<>();
        for (Event e : events)
            eventsOf.computeIfAbsent(storyOf.getOrDefault(e.articles().get(0), UNGROUPED), k -> new ArrayList<>()).add(e);
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<StoryAccount> accounts = new ArrayList<>();
        for (Story story : stories) {
            List<Event> told = eventsOf.getOrDefault(story.id(), List.of());
            Map<String, Event> byEvent = new LinkedHashMap<>();
            told.forEach(e -> byEvent.put(e.id(), e));
            List<Article> its = story.articles().stream().map(byId::get).toList();
            accounts.add(new StoryAccount(story, byEvent, Timeline.of(told, its), EscalationIndex.of(told)));
        }
        accounts.sort(Comparator.comparingInt((StoryAccount a) -> -a.story().articles().size())
                .thenComparing(a -> a.story().id()));

        Map<String, List<ActorMention>> actorsByArticle = new HashMap<>();
        Map<String, List<EventMention>> eventsByArticle = new HashMap<>();
        for (Article a : articles) {
            if (a.duplicateOf().isEmpty()) {
                actorsByArticle.put(a.id(), store.actorMentions(a.id()));
                eventsByArticle.put(a.id(), store.eventMentions(a.id()));
            }
        }
        return new Briefing(articles, accounts, actors, actorsByArticle, eventsByArticle);
    }

    /** The articles no story holds, as one story of their own; none when every article has a story. */
    private static Optional<Story> ungrouped(List<Article> articles, Map<String, String> storyOf) {
        List<Article> loose = articles.stream().filter(a -> !storyOf.containsKey(a.id())).toList();
        if (loose.isEmpty())
            return Optional.empty();
        Optional<LocalDate> first = loose.stream().flatMap(a -> a.published().stream()).min(LocalDate::compareTo);
        Optional<LocalDate> last = loose.stream().flatMap(a -> a.published().stream()).max(LocalDate::compareTo);
        return Optional.of(new Story(UNGROUPED, "Articles in no story yet", loose.stream().map(Article::id).toList(),
                first, last, List.of()));
    }
}

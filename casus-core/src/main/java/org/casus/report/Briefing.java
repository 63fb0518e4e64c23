package org.casus.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.ActorMention;
import org.casus.model.Article;
import org.casus.model.Entity;
import org.casus.model.EventMention;

/**
 * Everything a briefing shows, read from the store once: the stories with their events, the actors,
 * and the articles behind them. The renderers only lay it out.
 */
public final class Briefing {
    private final List<Article> articles;
    private final List<StoryAccount> stories;
    private final List<Entity> actors;
    private final Map<String, List<ActorMention>> actorsByArticle;
    private final Map<String, List<EventMention>> eventsByArticle;
    private final Map<String, Article> articleById = new HashMap<>();
    private final Map<String, Entity> actorById = new HashMap<>();

    /**
     * @param articles        every stored article, by id
     * @param stories         the stories, largest first
     * @param actors          the entities, most articles first
     * @param actorsByArticle the actor mentions of each analysed article
     * @param eventsByArticle the event mentions of each analysed article, in text order
     */
    public Briefing(List<Article> articles, List<StoryAccount> stories, List<Entity> actors,
                    Map<String, List<ActorMention>> actorsByArticle, Map<String, List<EventMention>> eventsByArticle) {
        this.articles = List.copyOf(articles);
        this.stories = List.copyOf(stories);
        this.actors = List.copyOf(actors);
        this.actorsByArticle = Map.copyOf(actorsByArticle);
        this.eventsByArticle = Map.copyOf(eventsByArticle);
        articles.forEach(a -> articleById.put(a.id(), a));
        actors.forEach(e -> actorById.put(e.id(), e));
    }

    public List<Article> articles() {
        return articles;
    }

    public List<StoryAccount> stories() {
        return stories;
    }

    public List<Entity> actors() {
        return actors;
    }

    /** The actor mentions of an article, in text order; none when it was not analysed. */
    public List<ActorMention> actorsOf(String articleId) {
        return actorsByArticle.getOrDefault(articleId, List.of());
    }

    /** The event mentions of an article, in text order; none when it was not analysed. */
    public List<EventMention> eventsOf(String articleId) {
        return eventsByArticle.getOrDefault(articleId, List.of());
    }

    /** The article with this id, which every event and story names. */
    public Article article(String id) {
        Article article = articleById.get(id);
        if (article == null)
            throw new IllegalArgumentException("no article " + id);
        return article;
    }

    /** The entity with this id, when there is one. */
    public Optional<Entity> actor(String entityId) {
        return Optional.ofNullable(actorById.get(entityId));
    }

    /** The name an entity id stands for, or the id itself when no entity has it. */
    public String nameOf(String entityId) {
        return actor(entityId).map(Entity::name).orElse(entityId);
    }

    /** How many articles are copies of another. */
    public long copies() {
        return articles.stream().filter(a -> a.duplicateOf().isPresent()).count();
    }

    /** The outlets of all articles, sorted, each once. */
    public List<String> outlets() {
        return articles.stream().flatMap(a -> a.outlet().stream()).distinct().sorted().toList();
    }

    /** The earliest publication date, when any is known. */
    public Optional<LocalDate> first() {
        return articles.stream().flatMap(a -> a.published().stream()).min(LocalDate::compareTo);
    }

    /** The latest publication date, when any is known. */
    public Optional<LocalDate> last() {
        return articles.stream().flatMap(a -> a.published().stream()).max(LocalDate::compareTo);
    }
}

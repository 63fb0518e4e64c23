package org.casus.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.casus.model.ActorMention;
import org.casus.model.Entity;

/**
 * Gathers the actor mentions of many articles into canonical entities: one per entity id, with
 * every spelling the articles used, the ties the gazetteer and the texts give, and the articles
 * that name it. Adding the same article twice changes nothing.
 */
public final class EntityIndex {
    private final Gazetteer gazetteer;
    private final TextAffiliations textTies;
    private final Map<String, Draft> drafts = new TreeMap<>();
    private final Map<String, List<String>> tiesByArticle = new HashMap<>();

    private static final class Draft {
        String name;
        String type;
        Optional<String> code = Optional.empty();
        final Map<String, Integer> spellings = new TreeMap<>();
        final TreeSet<String> affiliations = new TreeSet<>();
        final TreeSet<String> articles = new TreeSet<>();
    }

    public EntityIndex(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.textTies = new TextAffiliations(new AliasMatcher(gazetteer));
    }

    /** Adds one article's mentions; {@code text} is the article's text, for the ties it states. */
    public synchronized void add(String articleId, String text, List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            Draft d = drafts.computeIfAbsent(m.entityId(), id -> new Draft());
            d.name = d.name == null ? m.name() : d.name;
            d.type = d.type == null ? m.type() : d.type;
            d.code = d.code.or(m::code);
            d.spellings.merge(m.text().trim(), 1, Integer::sum);
            d.articles.add(articleId);
        }
        List<String> ties = textTies.find(text, mentions);
        if (tiesByArticle.putIfAbsent(articleId, ties) == null)
            for (String tie : ties) {
                int space = tie.indexOf(' ');
                Draft d = drafts.get(tie.substring(0, space));
                if (d != null) d.affiliations.add(tie.substring(space + 1));
            }
    }

    /** The entities, ordered by id. */
    public synchronized List<Entity> entities() {
        List<Entity> out = new ArrayList<>(drafts.size());
        for (Map.Entry<String, Draft> e : drafts.entrySet()) {
            Draft d = e.getValue();
            Optional<Actor> known = gazetteer.actor(e.getKey());
            String name = known.map(Actor::name).orElseGet(() -> longestSpelling(d));
            TreeSet<String> affiliations = new TreeSet<>(d.affiliations);
            known.ifPresent(a -> a.affiliations().forEach(f -> affiliations.add(f.relation().token() + ":" + f.target())));
            List<String> aliases = d.spellings.keySet().stream().filter(s -> !s.equals(name)).toList();
            out.add(new Entity(e.getKey(), name, d.type, d.code, aliases, List.copyOf(affiliations),
                    List.copyOf(d.articles)));
        }
        return out;
    }

    /** An unknown actor is called by its fullest spelling, the most used among equals. */
    private static String longestSpelling(Draft d) {
        return d.spellings.entrySet().stream()
                .max((a, b) -> a.getKey().split("\\s+").length != b.getKey().split("\\s+").length
                        ? Integer.compare(a.getKey().split("\\s+").length, b.getKey().split("\\s+").length)
                        : a.getValue() != b.getValue().intValue() ? Integer.compare(a.getValue(), b.getValue())
                        : b.getKey().compareTo(a.getKey()))
                .map(Map.Entry::getKey).orElse(d.name);
    }
}

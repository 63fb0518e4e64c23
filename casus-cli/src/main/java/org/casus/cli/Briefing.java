package org.casus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.casus.model.ActorMention;
import org.casus.model.Article;
import org.casus.model.Entity;
import org.casus.model.EventMention;
import org.casus.store.Store;

/** The briefing {@code casus analyze} prints: per article, its actors with every spelling merged, and its events. */
final class Briefing {
    private final PrintWriter out;

    Briefing(PrintWriter out) {
        this.out = out;
    }

    private static String nameOf(String id, Map<String, Entity> entities) {
        Entity e = entities.get(id);
        return e == null ? id : e.name();
    }

    void print(Store store) throws IOException {
        Map<String, Entity> entities = new LinkedHashMap<>();
        try (Stream<Entity> stored = store.entities()) {
            stored.forEach(e -> entities.put(e.id(), e));
        }
        List<Article> articles;
        try (Stream<Article> stored = store.articles()) {
            articles = stored.toList();
        }
        out.printf("Articles (%d), actors (%d)%n", articles.size(), entities.size());
        for (Article a : articles) {
            out.printf("%n%s  %s%n", a.id(), a.title().isEmpty() ? "(no headline)" : a.title());
            out.printf("    %s, %s%s%n", a.outlet().orElse("outlet unknown"),
                    a.published().map(Object::toString).orElse("date unknown"),
                    a.duplicateOf().map(d -> ", copy of " + d).orElse(""));
            Map<String, TreeSet<String>> spellings = new LinkedHashMap<>();
            for (ActorMention m : store.actorMentions(a.id()))
                spellings.computeIfAbsent(m.entityId(), k -> new TreeSet<>()).add(m.text().trim());
            if (!spellings.isEmpty()) out.println("    actors:");
            for (Map.Entry<String, TreeSet<String>> e : spellings.entrySet()) {
                Entity entity = entities.get(e.getKey());
                String name = entity == null ? e.getKey() : entity.name();
                String code = entity == null ? "" : entity.actorCode().map(c -> " [" + c + "]").orElse("");
                TreeSet<String> written = new TreeSet<>(e.getValue());
                written.remove(name);
                out.printf("      %s%s%s%n", name, code, written.isEmpty() ? "" : "  as " + String.join(", ", written));
            }
            List<EventMention> events = store.eventMentions(a.id());
            if (!events.isEmpty()) out.println("    events:");
            for (EventMention e : events)
                out.printf("      %s %s: %s -> %s%s%s [%s]%s%n", e.code(), e.type().label(),
                        e.source().map(id -> nameOf(id, entities)).orElse("?"),
                        e.target().map(id -> nameOf(id, entities)).orElse("?"),
                        e.date().map(d -> ", " + d).orElse(""), e.location().map(l -> ", " + l).orElse(""),
                        e.modality().name().toLowerCase(java.util.Locale.ROOT),
                        e.attributedTo().map(s -> " according to " + nameOf(s, entities)).orElse(""));
        }
        out.flush();
    }
}

package org.casus.store;

import java.util.List;
import java.util.Optional;
import org.casus.model.ActorMention;
import org.casus.model.Article;
import org.casus.model.Entity;
import org.casus.model.Span;

/** Articles that name actors, the mentions the language stages would find in them, and entities. */
final class StoredAnalyses {
    private StoredAnalyses() {
    }

    /** An article naming a harbour master twice and a coast guard twice. */
    static Article harbour(String id) {
        return new Article(id, "pages/" + id + ".html", Optional.empty(), Optional.of("Harbour Gazette"),
                "Patrols return to the bay", Optional.empty(), Optional.empty(), Optional.of("en"),
                "Harbour master Ines Duarte met the Coastal Guard on Monday. Duarte said the Coastal Guard"
                        + " would patrol the bay again.",
                Optional.empty());
    }

    /** The mentions in {@link #harbour}, in text order. */
    static List<ActorMention> harbourMentions(Article a) {
        return List.of(
                mention(a, "Ines Duarte", 0, "person:duarte", "Ines Duarte", "PERSON", null),
                mention(a, "Coastal Guard", 0, "coastal-guard", "Coastal Guard", "MILITARY", "PVLMIL"),
                mention(a, "Duarte", 1, "person:duarte", "Ines Duarte", "PERSON", null),
                mention(a, "Coastal Guard", 1, "coastal-guard", "Coastal Guard", "MILITARY", "PVLMIL"));
    }

    /** One mention in a {@link StoredArticles#numbered} article, telling which article it belongs to. */
    static List<ActorMention> numberedMentions(Article a) {
        return List.of(mention(a, "body", 0, "org:" + a.id(), "Body of " + a.id(), "ORGANIZATION", null));
    }

    /** The {@code nth} (from 0) place {@code name} stands in the article, as a mention. */
    static ActorMention mention(Article a, String name, int nth, String entityId, String canonical, String type,
                                String code) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = a.text().indexOf(name, at + 1);
            if (at < 0)
                throw new IllegalArgumentException(a.id() + " does not name " + name + " " + (nth + 1) + " times");
        }
        return new ActorMention(new Span(at, at + name.length()), name, entityId, canonical, type,
                Optional.ofNullable(code));
    }

    static Entity coastGuard(String... articles) {
        return new Entity("coastal-guard", "Coastal Guard", "MILITARY", Optional.of("PVLMIL"),
                List.of("the Guard", "Coast Guard"), List.of("part_of:pvl-navy"), List.of(articles));
    }

    static Entity duarte(String... articles) {
        return new Entity("person:duarte", "Ines Duarte", "PERSON", Optional.empty(), List.of("Duarte"),
                List.of(), List.of(articles));
    }
}

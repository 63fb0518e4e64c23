package org.casus.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.casus.model.Article;
import org.casus.model.EventMention;

/**
 * A baseline clusterer: mentions with the same key tell of the same event. The keys below join a
 * document group (the gold subtopic, say) with what the mention is, so nothing links across groups.
 */
final class SameKeyClusterer implements EventClusterer {
    private final Function<EventMention, String> key;

    SameKeyClusterer(Function<EventMention, String> key) {
        this.key = key;
    }

    /** One event per document group and CAMEO root: every attack in a story is the same attack. */
    static SameKeyClusterer cameoRootPerGroup(Map<String, String> groupOfArticle) {
        return new SameKeyClusterer(m -> groupOfArticle.get(m.article()) + "\u0000" + m.type().root());
    }

    /** One event per document group and trigger lemma, the usual lemma baseline. */
    static SameKeyClusterer lemmaPerGroup(Map<String, String> groupOfArticle, Function<EventMention, String> lemma) {
        return new SameKeyClusterer(m -> groupOfArticle.get(m.article()) + "\u0000" + lemma.apply(m));
    }

    @Override
    public List<Set<String>> cluster(List<EventMention> mentions, List<Article> articles) {
        return group(mentions, EventMention::id, key);
    }

    /** The ids of {@code items} grouped by {@code key}, groups in order of first appearance. */
    static <T> List<Set<String>> group(List<T> items, Function<T, String> id, Function<T, String> key) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (T item : items)
            groups.computeIfAbsent(key.apply(item), k -> new LinkedHashSet<>()).add(id.apply(item));
        return new ArrayList<>(groups.values());
    }
}

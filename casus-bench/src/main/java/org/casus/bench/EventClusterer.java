package org.casus.bench;

import java.util.List;
import java.util.Set;
import org.casus.model.Article;
import org.casus.model.EventMention;

/**
 * What {@code eval-coref} scores: a way of saying which event mentions tell of the same event.
 * A reconciler plugs in as
 * {@code (mentions, articles) -> reconciler.reconcile(mentions, articles).stream().map(e -> Set.copyOf(e.mentions())).toList()}.
 */
@FunctionalInterface
public interface EventClusterer {

    /**
     * Groups {@code mentions}, all found in {@code articles}.
     *
     * @return disjoint sets of {@link EventMention#id()}s, one per event; a mention in no set is an
     *         event of its own, and an id that is not among {@code mentions} is an error
     */
    List<Set<String>> cluster(List<EventMention> mentions, List<Article> articles);
}

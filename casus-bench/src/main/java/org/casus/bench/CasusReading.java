package org.casus.bench;

import java.util.List;
import java.util.Map;
import org.casus.model.ActorMention;
import org.casus.model.EventMention;

/**
 * One ECB+ document as Casus read it: the actors the resolver found, the event mentions the event
 * coder found, and the head
 * lemmas the baselines link by, with the text's map back to the corpus tokens.
 *
 * @param actors the actor mentions, as {@code casus analyze} stores them
 * @param lemmas the head lemma of each Casus mention (by {@link EventMention#id()}) and of each
 *               gold event mention (by {@link GoldEventMention#key()}); absent when no token lies under it
 */
record CasusReading(EcbText text, List<ActorMention> actors, List<EventMention> mentions, Map<String, String> lemmas) {

    CasusReading {
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
        lemmas = Map.copyOf(lemmas);
    }
}

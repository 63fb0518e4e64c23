package org.casus.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casus.model.EventMention;
import org.casus.model.Span;

/**
 * Casus's event mentions matched to ECB+ gold event mentions by their words. Only sentences the
 * annotators checked for coreference count, on both sides, since elsewhere events may be left
 * unmarked. Where Casus codes one trigger more than once (two codes, or two pairs of actors), the
 * first mention stands for that trigger. A Casus trigger and a gold mention match when they share
 * a corpus token; each is matched at most once, pairs sharing more tokens first.
 */
final class MentionAlignment {
    /** The key a scored Casus mention has in the response: its gold mention's, or one of its own. */
    private final Map<String, String> keyOfMention;
    private final Set<String> matchedGold;
    private final int goldCount;

    private MentionAlignment(Map<String, String> keyOfMention, Set<String> matchedGold, int goldCount) {
        this.keyOfMention = keyOfMention;
        this.matchedGold = matchedGold;
        this.goldCount = goldCount;
    }

    static MentionAlignment align(EcbCorpus corpus, List<CasusReading> readings) {
        Map<String, List<GoldEventMention>> goldByDocument = new HashMap<>();
        for (GoldEventMention g : corpus.events())
            if (g.validated())
                goldByDocument.computeIfAbsent(g.document(), d -> new ArrayList<>()).add(g);
        Map<String, String> keys = new LinkedHashMap<>();
        Set<String> matched = new HashSet<>();
        int gold = 0;
        for (CasusReading reading : readings) {
            String document = reading.text().document().id();
            List<GoldEventMention> golds = goldByDocument.getOrDefault(document, List.of());
            gold += golds.size();
            List<Trigger> triggers = triggers(corpus, reading);
            List<Pair> pairs = new ArrayList<>();
            for (int t = 0; t < triggers.size(); t++)
                for (int g = 0; g < golds.size(); g++) {
                    Set<Integer> shared = new HashSet<>(triggers.get(t).tokens);
                    shared.retainAll(golds.get(g).tokens());
                    if (!shared.isEmpty())
                        pairs.add(new Pair(t, g, shared.size()));
                }
            pairs.sort(Comparator.comparingInt(Pair::shared).reversed());
            Map<Integer, String> keyOfTrigger = new HashMap<>();
            Set<Integer> goldTaken = new HashSet<>();
            for (Pair p : pairs)
                if (!keyOfTrigger.containsKey(p.trigger) && goldTaken.add(p.gold)) {
                    keyOfTrigger.put(p.trigger, golds.get(p.gold).key());
                    matched.add(golds.get(p.gold).key());
                }
            for (int t = 0; t < triggers.size(); t++) {
                EventMention m = triggers.get(t).mention;
                keys.put(m.id(), keyOfTrigger.getOrDefault(t, "casus/" + document + "/" + m.id()));
            }
        }
        return new MentionAlignment(keys, matched, gold);
    }

    private record Trigger(EventMention mention, List<Integer> tokens) {
    }

    private record Pair(int trigger, int gold, int shared) {
    }

    /** The document's first mention of each trigger in a checked sentence, with its corpus tokens. */
    private static List<Trigger> triggers(EcbCorpus corpus, CasusReading reading) {
        String document = reading.text().document().id();
        Set<Span> seen = new HashSet<>();
        List<Trigger> triggers = new ArrayList<>();
        for (EventMention m : reading.mentions()) {
            List<EcbToken> tokens = reading.text().tokensOverlapping(m.trigger());
            if (tokens.isEmpty() || !corpus.isValidated(document, tokens.get(0).sentence()) || !seen.add(m.trigger()))
                continue;
            triggers.add(new Trigger(m, tokens.stream().map(EcbToken::id).toList()));
        }
        return triggers;
    }

    /** The ids of the Casus mentions that are scored, each with its response key. */
    Map<String, String> keyOfMention() {
        return keyOfMention;
    }

    /** The keys of the gold mentions some Casus mention matched. */
    Set<String> matchedGold() {
        return matchedGold;
    }

    int goldCount() {
        return goldCount;
    }

    int systemCount() {
        return keyOfMention.size();
    }

    /**
     * The response a clusterer's groups make: each group's scored mentions by their keys, and each
     * scored mention no group holds as an event of its own.
     *
     * @throws IllegalStateException when a group holds an id the clusterer was not given, or an id
     *                               that another group holds too
     */
    CorefPartition response(List<Set<String>> groups, Set<String> givenIds) {
        List<List<String>> entities = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Set<String> group : groups) {
            List<String> entity = new ArrayList<>();
            for (String id : group) {
                if (!givenIds.contains(id))
                    throw new IllegalStateException("the clusterer returned mention " + id + ", which it was not given");
                if (!placed.add(id))
                    throw new IllegalStateException("the clusterer put mention " + id + " in two events");
                String key = keyOfMention.get(id);
                if (key != null)
                    entity.add(key);
            }
            entities.add(entity);
        }
        keyOfMention.forEach((id, key) -> {
            if (!placed.contains(id))
                entities.add(List.of(key));
        });
        return new CorefPartition(entities);
    }
}

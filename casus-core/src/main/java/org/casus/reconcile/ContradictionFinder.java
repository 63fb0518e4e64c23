package org.casus.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.casus.model.Contradiction;
import org.casus.model.ContradictionValue;
import org.casus.model.EventMention;
import org.casus.model.Modality;

/**
 * Where the mentions of one event cannot all be true: stated dates with no day in common ("17" and
 * "18 November"; "November" and "17 November" agree), different counts of one thing ("7" and "8
 * rockets"), and who did it (a group claims it while another, or the same, denies it; or two
 * unrelated doers are named).
 */
final class ContradictionFinder {
    private final ActorRelations relations;

    ContradictionFinder(ActorRelations relations) {
        this.relations = relations;
    }

    List<Contradiction> find(List<MentionFacts> members) {
        List<Contradiction> found = new ArrayList<>();
        dates(members, found);
        counts(members, found);
        responsibility(members, found);
        return found;
    }

    private static void dates(List<MentionFacts> members, List<Contradiction> found) {
        Map<String, Set<String>> byValue = new TreeMap<>();
        Map<String, DateRange> ranges = new TreeMap<>();
        for (MentionFacts f : members) {
            if (!f.stated() || f.range() == null)
                continue;
            String value = f.mention().date().orElseThrow();
            byValue.computeIfAbsent(value, k -> new TreeSet<>()).add(f.mention().article());
            ranges.put(value, f.range());
        }
        List<ContradictionValue> values = new ArrayList<>();
        for (String value : byValue.keySet())
            if (ranges.values().stream().anyMatch(r -> r.disjoint(ranges.get(value))))
                values.add(new ContradictionValue(value, List.copyOf(byValue.get(value))));
        if (values.size() >= 2)
            found.add(new Contradiction("date", values));
    }

    private static void counts(List<MentionFacts> members, List<Contradiction> found) {
        Map<String, Map<Long, Set<String>>> byName = new TreeMap<>();
        for (MentionFacts f : members) {
            if (!f.mention().modality().happened())
                continue;
            f.mention().quantities().forEach((name, count) -> byName.computeIfAbsent(name, k -> new TreeMap<>())
                    .computeIfAbsent(count, k -> new TreeSet<>()).add(f.mention().article()));
        }
        byName.forEach((name, counts) -> {
            if (counts.size() >= 2) {
                List<ContradictionValue> values = new ArrayList<>();
                counts.forEach((count, articles) -> values.add(new ContradictionValue(Long.toString(count),
                        List.copyOf(articles))));
                found.add(new Contradiction("quantities." + name, values));
            }
        });
    }

    private void responsibility(List<MentionFacts> members, List<Contradiction> found) {
        Map<String, Set<String>> byStance = new TreeMap<>();
        Set<String> doers = new TreeSet<>();
        boolean denied = false;
        for (MentionFacts f : members) {
            EventMention m = f.mention();
            if (m.source().isEmpty())
                continue;
            String actor = m.source().get();
            String stance;
            if (m.modality() == Modality.DENIED) {
                stance = "denied by " + actor;
                denied = true;
            } else if (m.modality().happened() && !f.denial()) {
                stance = (f.claimed() ? "claimed by " : "attributed to ") + actor;
                doers.add(actor);
            } else {
                continue;
            }
            byStance.computeIfAbsent(stance, k -> new TreeSet<>()).add(m.article());
        }
        boolean disputed = denied && !doers.isEmpty() || unrelatedPair(doers);
        if (!disputed || byStance.size() < 2)
            return;
        List<ContradictionValue> values = new ArrayList<>();
        byStance.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> values.add(new ContradictionValue(e.getKey(), List.copyOf(e.getValue()))));
        found.add(new Contradiction("responsibility", values));
    }

    private boolean unrelatedPair(Set<String> doers) {
        List<String> list = List.copyOf(doers);
        for (int i = 0; i < list.size(); i++)
            for (int j = i + 1; j < list.size(); j++)
                if (!relations.related(list.get(i), list.get(j)))
                    return true;
        return false;
    }
}

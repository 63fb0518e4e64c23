package org.casus.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.casus.model.Contradiction;
import org.casus.model.ContradictionValue;
import org.casus.model.EventMention;
import org.casus.model.Modality;

/**
 * Where the mentions of one event cannot all be true: stated dates with no day in common ("17" and
 * "18 November", with or without the year; "November" and "17 November" agree), different counts of one thing ("7" and "8
 * rockets"), who did it (a group claims it while another, or the same, denies it; or two
 * unrelated doers are named), and whether a lasting event is still in place or has ended ("the truce
 * is still holding", "the truce had ended"; see {@link StateCues}).
 */
final class ContradictionFinder {
    /**
     * Reports that it was in place published at least this many days before all reports that it
     * ended tell of a change, not a dispute: the truce held on Monday and collapsed on Friday.
     */
    static final int STATE_CHANGE_DAYS = 2;

    private final ActorRelations relations;
    private final StateCues states;

    ContradictionFinder(ActorRelations relations, StateCues states) {
        this.relations = relations;
        this.states = states;
    }

    /**
     * @param saidBy whom a mention's article credits with it, for each value's {@code saidBy}
     */
    List<Contradiction> find(List<MentionFacts> members, Function<EventMention, Optional<String>> saidBy) {
        List<Contradiction> found = new ArrayList<>();
        dates(members, found, saidBy);
        counts(members, found, saidBy);
        responsibility(members, found, saidBy);
        state(members, found, saidBy);
        return found;
    }

    private static void dates(List<MentionFacts> members, List<Contradiction> found,
                              Function<EventMention, Optional<String>> saidBy) {
        Map<String, Backing> byValue = new TreeMap<>();
        Map<String, MentionFacts> told = new TreeMap<>();
        for (MentionFacts f : members) {
            if (!f.stated() || f.range() == null && f.monthDay() == null)
                continue;
            String value = f.mention().date().orElseThrow();
            byValue.computeIfAbsent(value, k -> new Backing()).add(f.mention(), saidBy);
            told.put(value, f);
        }
        List<ContradictionValue> values = new ArrayList<>();
        for (String value : byValue.keySet())
            if (told.values().stream().anyMatch(other -> apart(told.get(value), other)))
                values.add(byValue.get(value).as(value));
        if (values.size() >= 2)
            found.add(new Contradiction("date", values));
    }

    /** Whether two stated dates have no day in common; one without a year is compared by month and day. */
    private static boolean apart(MentionFacts a, MentionFacts b) {
        if (a.range() != null && b.range() != null)
            return a.range().disjoint(b.range());
        return a.monthDay() != null && b.monthDay() != null && !a.monthDay().near(b.monthDay(), 0);
    }

    private static void counts(List<MentionFacts> members, List<Contradiction> found,
                              Function<EventMention, Optional<String>> saidBy) {
        Map<String, Map<Long, Backing>> byName = new TreeMap<>();
        for (MentionFacts f : members) {
            if (!f.mention().modality().happened())
                continue;
            f.mention().quantities().forEach((name, count) -> byName.computeIfAbsent(name, k -> new TreeMap<>())
                    .computeIfAbsent(count, k -> new Backing()).add(f.mention(), saidBy));
        }
        byName.forEach((name, counts) -> {
            if (counts.size() >= 2) {
                List<ContradictionValue> values = new ArrayList<>();
                counts.forEach((count, backing) -> values.add(backing.as(Long.toString(count))));
                found.add(new Contradiction("quantities." + name, values));
            }
        });
    }

    private void responsibility(List<MentionFacts> members, List<Contradiction> found,
                                Function<EventMention, Optional<String>> saidBy) {
        Map<String, Backing> byStance = new TreeMap<>();
        Set<String> doers = new TreeSet<>();
        boolean denied = false;
        for (MentionFacts f : members) {
            EventMention m = f.mention();
            if (m.source().isEmpty())
                continue;
            String actor = m.source().get();
            String stance;
            if (f.claimOfResponsibility() && m.modality().happened()) {
                stance = "claimed by " + actor;
                doers.add(actor);
            } else if (m.modality() == Modality.DENIED) {
                stance = "denied by " + actor;
                denied = true;
            } else if (m.modality().happened() && !f.aboutResponsibility()) {
                stance = (f.claimed() ? "claimed by " : "attributed to ") + actor;
                doers.add(actor);
            } else {
                continue;
            }
            byStance.computeIfAbsent(stance, k -> new Backing()).add(m, saidBy);
        }
        boolean disputed = denied && !doers.isEmpty() || unrelatedPair(doers);
        if (!disputed || byStance.size() < 2)
            return;
        List<ContradictionValue> values = new ArrayList<>();
        byStance.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> values.add(e.getValue().as(e.getKey())));
        found.add(new Contradiction("responsibility", values));
    }

    private void state(List<MentionFacts> members, List<Contradiction> found,
                       Function<EventMention, Optional<String>> saidBy) {
        Map<String, Backing> byState = new TreeMap<>();
        Map<String, LocalDate> latest = new TreeMap<>();
        Map<String, LocalDate> earliest = new TreeMap<>();
        boolean undated = false;
        for (MentionFacts f : members) {
            if (!f.mention().modality().happened())
                continue;
            Optional<String> state = states.of(f.mention());
            if (state.isEmpty())
                continue;
            String s = state.get();
            byState.computeIfAbsent(s, k -> new Backing()).add(f.mention(), saidBy);
            Optional<LocalDate> day = f.article().published();
            if (day.isEmpty()) {
                undated = true;
                continue;
            }
            latest.merge(s, day.get(), (x, y) -> x.isAfter(y) ? x : y);
            earliest.merge(s, day.get(), (x, y) -> x.isBefore(y) ? x : y);
        }
        if (byState.size() < 2)
            return;
        boolean changed = !undated && latest.get(StateCues.IN_PLACE).plusDays(STATE_CHANGE_DAYS)
                .compareTo(earliest.get(StateCues.ENDED)) <= 0;
        if (changed)
            return;
        List<ContradictionValue> values = new ArrayList<>();
        byState.forEach((s, backing) -> values.add(backing.as(s)));
        found.add(new Contradiction("state", values));
    }

    private boolean unrelatedPair(Set<String> doers) {
        List<String> list = List.copyOf(doers);
        for (int i = 0; i < list.size(); i++)
            for (int j = i + 1; j < list.size(); j++)
                if (!relations.related(list.get(i), list.get(j)))
                    return true;
        return false;
    }

    /** The articles behind one value, and whom they say gave it. */
    private static final class Backing {
        private final Set<String> articles = new TreeSet<>();
        private final Set<String> saidBy = new TreeSet<>();

        void add(EventMention m, Function<EventMention, Optional<String>> by) {
            articles.add(m.article());
            by.apply(m).ifPresent(saidBy::add);
        }

        ContradictionValue as(String value) {
            return new ContradictionValue(value, List.copyOf(articles), List.copyOf(saidBy));
        }
    }
}

package org.casus.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casus.model.Modality;

/**
 * Mentions joined into events, pair by pair, best pair first (union-find). Two groups join only
 * when the whole result still makes one event, so that a chain of look-alikes cannot string two
 * events together: the dates all sentences state must lie within {@link MentionSimilarity#DATE_SLIP}
 * days of each other (days named without a year by their month and day, which must also fall in the
 * weeks before each report that states no date; a person's killing excepted, being recalled long
 * after), all known places must agree (one may lie in the other: Baghdad in Iraq; Baghdad and
 * Lebanon are two trips), all doers told as fact must agree (a claim or a denial of who did it is a
 * dispute, not another event), all victims must agree (a country that is only the ground the event
 * took place on agrees with any victim in it), and a run of acts ("frequent attacks in recent
 * months", see {@link MentionFacts#series}) joins no act a sentence dates, and one told as done again
 * and again ("have repeatedly targeted") joins only other runs.
 */
final class MentionClusters {
    private final int[] parent;
    private final long[] latestFirst;
    private final long[] earliestLast;
    private final List<Set<String>> targets;
    private final List<Set<String>> grounds;
    private final List<Set<YearlessDate>> monthDays;
    /** Days named without their year, apart from {@link #monthDays}' days of known years. */
    private final List<Set<YearlessDate>> unplaced;
    /** The doers the group's mentions state as fact, claims and denials left out. */
    private final List<Set<String>> doers;
    /** The known places (gazetteer ids) the group's mentions give. */
    private final List<Set<String>> places;
    /** The days each report that states no date may tell of. */
    private final List<Set<DateRange>> windows;
    /** Whether the group holds a mention of a run of acts. */
    private final boolean[] series;
    /** Whether a cluster holds an act told as done again and again, and whether it holds only runs. */
    private final boolean[] habitual;
    private final boolean[] runsOnly;
    private final MentionSimilarity similarity;

    MentionClusters(List<MentionFacts> facts, MentionSimilarity similarity) {
        int n = facts.size();
        this.similarity = similarity;
        parent = new int[n];
        series = new boolean[n];
        habitual = new boolean[n];
        runsOnly = new boolean[n];
        latestFirst = new long[n];
        earliestLast = new long[n];
        targets = new ArrayList<>(n);
        grounds = new ArrayList<>(n);
        monthDays = new ArrayList<>(n);
        unplaced = new ArrayList<>(n);
        windows = new ArrayList<>(n);
        places = new ArrayList<>(n);
        doers = new ArrayList<>(n);
        for (MentionFacts f : facts) {
            int i = f.index();
            parent[i] = i;
            series[i] = f.series();
            habitual[i] = f.series() && f.habitual();
            runsOnly[i] = f.series();
            boolean dated = f.stated() && f.range() != null;
            latestFirst[i] = dated ? f.range().firstDay() : Long.MIN_VALUE;
            earliestLast[i] = dated ? f.range().lastDay() : Long.MAX_VALUE;
            targets.add(f.target().map(Set::of).orElse(Set.of()));
            grounds.add(similarity.grounds(f));
            monthDays.add(f.monthDay() == null ? Set.of() : Set.of(f.monthDay()));
            unplaced.add(f.range() == null && f.monthDay() != null ? Set.of(f.monthDay()) : Set.of());
            places.add(f.mention().locationId().map(Set::of).orElse(Set.of()));
            // a threat's doer made the threat, whatever becomes of what it threatens
            boolean stated = (f.mention().modality().happened() || f.mention().modality() == Modality.THREATENED)
                    && !f.claimed() && !f.aboutResponsibility();
            doers.add(stated ? f.source().map(Set::of).orElse(Set.of()) : Set.of());
            windows.add(!f.stated() && f.range() != null ? Set.of(f.range()) : Set.of());
        }
    }

    int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the groups of {@code a} and {@code b} if the result is still one event; whether they are one now. */
    boolean join(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra == rb)
            return true;
        long first = Math.max(latestFirst[ra], latestFirst[rb]);
        long last = Math.min(earliestLast[ra], earliestLast[rb]);
        if (first != Long.MIN_VALUE && last != Long.MAX_VALUE && first - last > MentionSimilarity.DATE_SLIP)
            return false;
        boolean datedA = latestFirst[ra] != Long.MIN_VALUE || !monthDays.get(ra).isEmpty();
        boolean datedB = latestFirst[rb] != Long.MIN_VALUE || !monthDays.get(rb).isEmpty();
        if (series[ra] && datedB || series[rb] && datedA)
            return false;
        // "have repeatedly targeted": told as a run, it is no single act, dated or not
        if (habitual[ra] && !runsOnly[rb] || habitual[rb] && !runsOnly[ra])
            return false;
        for (YearlessDate x : monthDays.get(ra))
            for (YearlessDate y : monthDays.get(rb))
                if (!x.near(y, MentionSimilarity.DATE_SLIP))
                    return false;
        boolean personal = targets.get(ra).stream().anyMatch(similarity::isPerson)
                || targets.get(rb).stream().anyMatch(similarity::isPerson);
        if (!personal && (outside(unplaced.get(ra), windows.get(rb)) || outside(unplaced.get(rb), windows.get(ra))))
            return false;
        for (String x : doers.get(ra))
            for (String y : doers.get(rb))
                // a short passive heading ("Jackson arrested") reads its one actor as the doer
                if (!similarity.placesAgree(x, y) && !targets.get(rb).contains(x) && !targets.get(ra).contains(y))
                    return false;
        for (String x : places.get(ra))
            for (String y : places.get(rb))
                if (!similarity.placesAgree(x, y))
                    return false;
        Set<String> ground = MentionSimilarity.union(grounds.get(ra), grounds.get(rb));
        for (String x : targets.get(ra))
            for (String y : targets.get(rb))
                if (!similarity.targetsAgree(x, y) && !ground.contains(x) && !ground.contains(y))
                    return false;
        // the smaller index becomes the root, so that the result does not depend on hash order
        int keep = Math.min(ra, rb);
        int drop = Math.max(ra, rb);
        parent[drop] = keep;
        series[keep] |= series[drop];
        habitual[keep] |= habitual[drop];
        runsOnly[keep] &= runsOnly[drop];
        latestFirst[keep] = first;
        earliestLast[keep] = last;
        if (!targets.get(drop).isEmpty()) {
            Set<String> merged = new HashSet<>(targets.get(keep));
            merged.addAll(targets.get(drop));
            targets.set(keep, merged);
            targets.set(drop, Set.of());
        }
        grounds.set(keep, ground);
        grounds.set(drop, Set.of());
        if (!monthDays.get(drop).isEmpty()) {
            Set<YearlessDate> merged = new HashSet<>(monthDays.get(keep));
            merged.addAll(monthDays.get(drop));
            monthDays.set(keep, merged);
            monthDays.set(drop, Set.of());
        }
        unplaced.set(keep, merged(unplaced, keep, drop));
        windows.set(keep, merged(windows, keep, drop));
        places.set(keep, merged(places, keep, drop));
        doers.set(keep, merged(doers, keep, drop));
        return true;
    }

    private static boolean outside(Set<YearlessDate> days, Set<DateRange> windows) {
        for (YearlessDate d : days)
            for (DateRange w : windows)
                if (!d.fallsIn(w))
                    return true;
        return false;
    }

    /** The union of two groups' sets, left on {@code keep}; {@code drop}'s is emptied. */
    private static <T> Set<T> merged(List<Set<T>> sets, int keep, int drop) {
        Set<T> kept = sets.get(keep);
        Set<T> dropped = sets.get(drop);
        sets.set(drop, Set.of());
        if (dropped.isEmpty())
            return kept;
        if (kept.isEmpty())
            return dropped;
        Set<T> both = new HashSet<>(kept);
        both.addAll(dropped);
        return both;
    }
}

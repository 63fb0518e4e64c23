package org.casus.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs of mentions worth comparing, found without comparing all pairs: mentions are put in
 * blocks that share the story, the type family, the kind of telling and one more key (the doer, the
 * victim, the place, the article, the trigger word's stem, or the week a stated date falls in), and within a block each mention is compared
 * only with the next {@link #WINDOW} mentions in date order that lie within {@link #SPAN_DAYS} days
 * of it, or within the month or year it states (violence against one person: at any distance) (the sorted-neighbourhood method, run once per key). The cost grows with the number of
 * mentions times the window, not with its square.
 */
final class CandidatePairs {
    /** How many following mentions of a block each mention is compared with. */
    static final int WINDOW = 24;
    /** How far apart, in days, two mentions of a block may be and still be compared. */
    static final int SPAN_DAYS = 45;

    /** A pair that scored as one event. */
    record Pair(int a, int b, double score) {
    }

    private CandidatePairs() {
    }

    /** The pairs among {@code facts} that {@code similarity} scores as one event, best first. */
    static List<Pair> find(List<MentionFacts> facts, MentionSimilarity similarity, ActorRelations relations) {
        Map<String, List<MentionFacts>> blocks = new HashMap<>();
        // violence against one person is compared across any span: a killing is recalled for years
        Set<String> timeless = new HashSet<>();
        for (MentionFacts f : facts) {
            if (f.aboutResponsibility())
                continue;
            String base = f.story() + '\u0000' + f.family() + '\u0000' + f.meetsAs() + '\u0000';
            f.source().ifPresent(s -> add(blocks, base + "s:" + s, f));
            f.target().ifPresent(t -> {
                add(blocks, base + "t:" + t, f);
                if (f.family().equals("violence") && relations.isPerson(t))
                    timeless.add(base + "t:" + t);
            });
            if (f.place() != null)
                add(blocks, base + "l:" + f.place(), f);
            add(blocks, base + "a:" + f.mention().article(), f);
            if (f.stated() && f.range() != null && f.range().days() <= 7) {
                // two overlapping buckets, so that a Sunday and the Monday after still meet
                long day = f.range().firstDay();
                add(blocks, base + "d:" + Math.floorDiv(day, 7), f);
                add(blocks, base + "e:" + Math.floorDiv(day + 3, 7), f);
            }
            add(blocks, base + "w:" + f.trigger(), f);
        }
        Comparator<MentionFacts> byDay = Comparator.comparingLong(MentionFacts::sortDay)
                .thenComparingInt(MentionFacts::index);
        List<Pair> pairs = new ArrayList<>();
        for (Map.Entry<String, List<MentionFacts>> entry : blocks.entrySet()) {
            List<MentionFacts> block = entry.getValue();
            if (block.size() < 2)
                continue;
            long span = timeless.contains(entry.getKey()) ? Long.MAX_VALUE : SPAN_DAYS;
            block.sort(byDay);
            for (int i = 0; i < block.size(); i++) {
                MentionFacts a = block.get(i);
                // a stated month or year reaches over all its days: "in 2020" may be 20 November
                long reach = a.stated() && a.range() != null ? Math.max(span, a.range().days()) : span;
                int end = Math.min(block.size(), i + 1 + WINDOW);
                for (int j = i + 1; j < end; j++) {
                    MentionFacts b = block.get(j);
                    if (b.sortDay() - a.sortDay() > reach)
                        break;
                    int lo = Math.min(a.index(), b.index());
                    int hi = Math.max(a.index(), b.index());
                    double score = similarity.score(a, b);
                    if (score >= MentionSimilarity.SAME_EVENT)
                        pairs.add(new Pair(lo, hi, score));
                }
            }
        }
        // a pair met in several blocks is kept once
        pairs.sort(Comparator.comparingInt(Pair::a).thenComparingInt(Pair::b));
        List<Pair> distinct = new ArrayList<>(pairs.size());
        for (Pair p : pairs)
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1).a() != p.a()
                    || distinct.get(distinct.size() - 1).b() != p.b())
                distinct.add(p);
        distinct.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b));
        return distinct;
    }

    private static void add(Map<String, List<MentionFacts>> blocks, String key, MentionFacts f) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
}

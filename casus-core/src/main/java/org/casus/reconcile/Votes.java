package org.casus.reconcile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A vote on one field of an event: each value counts the independent sources that give it (a
 * source repeating itself gets one vote), then the mentions; remaining ties go to {@code tieBreak}.
 *
 * @param <T> the kind of value
 */
final class Votes<T> {
    private final Map<T, Set<String>> sources = new HashMap<>();
    private final Map<T, Integer> mentions = new HashMap<>();
    private final Comparator<T> tieBreak;

    Votes(Comparator<T> tieBreak) {
        this.tieBreak = tieBreak;
    }

    void add(T value, String source) {
        sources.computeIfAbsent(value, k -> new HashSet<>()).add(source);
        mentions.merge(value, 1, Integer::sum);
    }

    boolean isEmpty() {
        return sources.isEmpty();
    }

    Optional<T> winner() {
        Comparator<T> order = Comparator.<T>comparingInt(v -> sources.get(v).size())
                .thenComparingInt(mentions::get).reversed().thenComparing(tieBreak);
        return sources.keySet().stream().min(order);
    }
}

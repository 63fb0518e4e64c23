package org.casus.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one actor did to another in one period, in the manner of GDELT's dyad-day tables.
 *
 * @param source    the entity id of the doer; empty for events whose doer is unknown
 * @param target    the entity id of the one it was done to; empty when unknown
 * @param period    the day ("2020-11-17") or ISO week ("2020-W47")
 * @param events    how many events
 * @param articles  how many articles tell of them, summed over the events
 * @param goldstein the Goldstein scores of the events, each weighted by its number of articles, summed:
 *                  negative for conflict, positive for cooperation
 * @param plover    how many of the events fall in each PLOVER category (ASSAULT, CONSULT, ...), sorted
 */
public record EscalationCell(Optional<String> source, Optional<String> target, String period, int events,
                             int articles, double goldstein, Map<String, Integer> plover) {
    public EscalationCell {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(period, "period");
        if (events < 1 || articles < events)
            throw new IllegalArgumentException("bad cell: " + events + " events in " + articles + " articles");
        plover = Collections.unmodifiableSortedMap(new TreeMap<>(plover));
    }
}

package org.casus.model;

import java.util.List;
import java.util.Objects;

/**
 * A field on which the sources of one event disagree.
 *
 * @param field  "date", "responsibility", "state" (still "in place" or "ended"), or "quantities.NAME"
 *               ("quantities.rockets")
 * @param values the values that cannot all be true, each with the articles that give it; at least two
 */
public record Contradiction(String field, List<ContradictionValue> values) {
    public Contradiction {
        Objects.requireNonNull(field, "field");
        values = List.copyOf(values);
        if (values.size() < 2)
            throw new IllegalArgumentException("a contradiction on " + field + " needs two values: " + values);
    }
}

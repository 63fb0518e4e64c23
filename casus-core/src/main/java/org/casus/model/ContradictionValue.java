package org.casus.model;

import java.util.List;
import java.util.Objects;

/**
 * One side of a contradiction.
 *
 * @param value    the value as the sources give it ("2020-11-17", "8", "denied by kataib-hezbollah")
 * @param articles ids of the articles that give it, sorted
 */
public record ContradictionValue(String value, List<String> articles) {
    public ContradictionValue {
        Objects.requireNonNull(value, "value");
        articles = List.copyOf(articles);
        if (articles.isEmpty())
            throw new IllegalArgumentException("value '" + value + "' stands on no article");
    }
}

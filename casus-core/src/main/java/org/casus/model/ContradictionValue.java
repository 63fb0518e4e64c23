package org.casus.model;

import java.util.List;
import java.util.Objects;

/**
 * One side of a contradiction.
 *
 * @param value    the value as the sources give it ("2020-11-17", "8", "denied by kataib-hezbollah")
 * @param articles ids of the articles that give it, sorted
 * @param saidBy   who those articles say gave it (an entity id or the words of the attribution:
 *                 "irq-mil", "two senior Iraqi officials"), sorted; empty when they say it themselves
 */
public record ContradictionValue(String value, List<String> articles, List<String> saidBy) {
    public ContradictionValue {
        Objects.requireNonNull(value, "value");
        articles = List.copyOf(articles);
        // values stored before the attribution was kept have none
        saidBy = saidBy == null ? List.of() : List.copyOf(saidBy);
        if (articles.isEmpty())
            throw new IllegalArgumentException("value '" + value + "' stands on no article");
    }

    /** A value its articles give in their own voice. */
    public ContradictionValue(String value, List<String> articles) {
        this(value, articles, List.of());
    }
}

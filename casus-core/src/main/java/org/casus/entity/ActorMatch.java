package org.casus.entity;

import java.util.Objects;

/**
 * A name tied to a gazetteer actor.
 *
 * @param actor the actor; for a composed name whose body has no row of its own ("Nigerian army") a
 *              new actor built from the country and the sector, tied {@code part_of} the country
 * @param kind  how the name was tied to it
 */
public record ActorMatch(Actor actor, MatchKind kind) {
    public ActorMatch {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
    }
}

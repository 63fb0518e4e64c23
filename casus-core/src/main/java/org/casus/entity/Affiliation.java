package org.casus.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * One tie from an actor to another gazetteer actor, written {@code relation:id} or
 * {@code relation:id@years} in the data file ({@code backed_by:irn}, {@code leader_of:usa@2017-2021}).
 *
 * @param relation how the actor is tied
 * @param target   the id of the other actor
 * @param years    when the tie held, if the file says
 */
public record Affiliation(Relation relation, String target, Optional<Years> years) {
    public Affiliation {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(years, "years");
        if (!Actor.ID.matcher(target).matches())
            throw new IllegalArgumentException("bad affiliation target id '" + target + "'");
    }

    /** Reads one affiliation; a bad one is an IllegalArgumentException saying what is wrong. */
    public static Affiliation parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0)
            throw new IllegalArgumentException("affiliation '" + text + "' lacks relation:id");
        Relation relation = Relation.ofToken(text.substring(0, colon).strip());
        String rest = text.substring(colon + 1).strip();
        int at = rest.indexOf('@');
        if (at < 0) return new Affiliation(relation, rest, Optional.empty());
        return new Affiliation(relation, rest.substring(0, at), Optional.of(Years.parse(rest.substring(at + 1))));
    }

    @Override
    public String toString() {
        return relation.token() + ":" + target + years.map(y -> "@" + y).orElse("");
    }
}

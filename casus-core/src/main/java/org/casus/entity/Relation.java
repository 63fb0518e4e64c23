package org.casus.entity;

import java.util.Locale;

/** How one actor belongs to another, as written in the gazetteer's affiliations column. */
public enum Relation {
    /** An organ of a larger body: a ministry of a government, a force of an army. */
    PART_OF,
    /** A person in a government, party or group; a state in an international organisation. */
    MEMBER_OF,
    /** Heads it: head of state or government, commander, group leader, secretary-general. */
    LEADER_OF,
    /** Receives money, arms or orders from it. */
    BACKED_BY,
    /** A regional branch or franchise of a transnational group. */
    AFFILIATE_OF,
    /** Fights or governs beside it without belonging to it. */
    ALLIED_WITH,
    /** Broke away from it. */
    SPLIT_FROM,
    /** A place inside it. */
    LOCATED_IN;

    /** The name used in the data file: {@code member_of}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Relation ofToken(String token) {
        for (Relation r : values())
            if (r.token().equals(token)) return r;
        throw new IllegalArgumentException("unknown relation '" + token + "'");
    }
}

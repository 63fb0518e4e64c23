package org.casus.entity;

/** How a name was tied to a gazetteer actor, from the surest to the least sure. */
public enum MatchKind {
    /** The name, folded, is the actor's name or one of its aliases. */
    ALIAS,
    /** The name sounds like one of the actor's names (Ghaani for Qaani, Süleymani for Soleimani). */
    PHONETIC,
    /** A bare surname that only one full name seen in the same article carries. */
    SURNAME,
    /** An actor named with a sector word: "Iranian military", "U.S. Embassy", "Trump administration". */
    COMPOSED
}

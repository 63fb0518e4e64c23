package org.casus.model;

/**
 * Whether an event mention says the event happened, and if not, what it says instead. Only
 * {@link #ASSERTED} and {@link #REPORTED} mentions tell of an event that took place. When several
 * markers apply to one mention, the coder keeps the strongest: DENIED, NEGATED, CONDITIONAL,
 * THREATENED, HYPOTHETICAL, PLANNED, then REPORTED; so a dropped plan is NEGATED, never PLANNED.
 */
public enum Modality {
    /** The article states, in its own voice, that it happened. */
    ASSERTED,
    /** The article says that someone else says it happened ("X said", "according to X"). */
    REPORTED,
    /** The one said to have done it denies it ("denied involvement", "denied it had fired"). */
    DENIED,
    /** A threat or warning: the act is held out, not carried out ("if an American dies, I will ..."). */
    THREATENED,
    /** The condition of a conditional: it happens only if ("if war breaks out"). */
    CONDITIONAL,
    /** Intended, ordered, planned or announced for later ("plans to withdraw", "will meet"). */
    PLANNED,
    /** Said not to have happened, or a plan dropped ("did not attack", "decided not to go ahead"). */
    NEGATED,
    /** Possible, asked about or imagined ("could set off a war", "any attack", "will he strike?"). */
    HYPOTHETICAL;

    /** Whether the mention tells of an event that took place. */
    public boolean happened() {
        return this == ASSERTED || this == REPORTED;
    }
}

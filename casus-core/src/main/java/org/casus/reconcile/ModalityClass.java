package org.casus.reconcile;

import org.casus.model.Modality;

/**
 * The kinds of telling that may share an event. An act that happened, a report of it and a denial
 * of who did it are one event, told differently; a threat to do it, or a plan, a condition or a
 * dropped plan, is another event from the act itself ("will hold Iran responsible" is a threat made,
 * not the holding).
 */
enum ModalityClass {
    /** ASSERTED, REPORTED and DENIED: about an act said to have taken place. */
    ACT,
    /** THREATENED: a threat made. */
    THREAT,
    /** PLANNED, CONDITIONAL, HYPOTHETICAL, NEGATED: an act not (yet) done. */
    UNREALISED;

    static ModalityClass of(Modality modality) {
        return switch (modality) {
            case ASSERTED, REPORTED, DENIED -> ACT;
            case THREATENED -> THREAT;
            case PLANNED, CONDITIONAL, HYPOTHETICAL, NEGATED -> UNREALISED;
        };
    }
}

package org.casus.event;

import java.util.List;
import java.util.Optional;

/**
 * The heads of the noun phrases that say who did an event and to whom, before they are tied to
 * known actors.
 *
 * @param sources phrases that may name the doer, surest first
 * @param targets phrases that may name whom it was done to, surest first
 * @param vouch   who the sentence says claims the event or blames it on the source ("Ashab al-Kahf
 *                claimed responsibility", "Iran blamed Israel"), if anyone
 */
record Roles(List<Integer> sources, List<Integer> targets, Optional<Integer> vouch) {
    Roles {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}

package org.casus.event;

import java.util.Set;

/**
 * A word the lexicon codes as an event, before its arguments are known.
 *
 * @param head  the token that names the event
 * @param entry the lexicon row that matched
 * @param cued  the dependents the row's cues matched; an event word among them is part of this
 *              event ("cease" in "hold fire", "attacks" in "halt attacks"), not an event of its own
 */
record Trigger(int head, LexiconEntry entry, Set<Integer> cued) {
    Trigger {
        cued = Set.copyOf(cued);
    }

    String code() {
        return entry.code();
    }
}

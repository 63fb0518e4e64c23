package org.casus.event;

import java.util.Set;

/**
 * One condition of a lexicon row: a word among the trigger's dependents, the trigger's governor,
 * or a dependent attached by a given relation.
 *
 * @param kind  where to look
 * @param words lemmas, any of which will do; for {@link Kind#RELATION} the relation names
 */
record Cue(Kind kind, Set<String> words) {

    enum Kind {
        /** A dependent's lemma, the preposition introducing it, or a noun it governs. */
        DEPENDENT,
        /** The trigger's governor's lemma. */
        GOVERNOR,
        /** A dependent attached by one of these relations (prefix match: "obl" takes "obl:tmod"). */
        RELATION,
        /** An object that names a party rather than an event: the one told or ordered. */
        ADDRESSEE,
        /**
         * An object, or the subject of a passive, that names a person sent somewhere: a person's name
         * or one of these nouns ("dispatched Qaani", "an envoy was sent").
         */
        ENVOY,
        /** No dependent has one of these lemmas ("strike" but not "strike out"). */
        ABSENT,
        /** The trigger is not attached by one of these relations ("aid" but not "aid groups"). */
        NOT_AS
    }

    Cue {
        words = Set.copyOf(words);
    }
}

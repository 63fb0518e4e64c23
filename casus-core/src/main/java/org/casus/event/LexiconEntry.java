package org.casus.event;

import java.util.List;

/**
 * One row of the event lexicon: a lemma, the word class it must have, the cues that must hold and
 * the CAMEO code it then names.
 *
 * @param where {@code file:line}, for messages about the row
 */
record LexiconEntry(String lemma, WordClass wordClass, List<Cue> cues, String code, String where) {

    enum WordClass { VERB, NOUN, ANY }

    LexiconEntry {
        cues = List.copyOf(cues);
    }

    boolean fits(SentenceTree tree, int i) {
        return switch (wordClass) {
            case VERB -> tree.isVerb(i);
            case NOUN -> tree.isNoun(i);
            case ANY -> tree.isVerb(i) || tree.isNoun(i);
        };
    }
}

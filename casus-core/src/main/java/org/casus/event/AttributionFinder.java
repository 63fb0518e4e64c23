package org.casus.event;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who the article says said what a sentence tells: the subject of a verb of saying whose
 * clause holds the event ("Iraqi officials said Iran ..."), a speaker added after the fact (", the
 * report said", "as commanders told MEE"), the noun of "according to X", or the one who claims the
 * event or blames it on someone.
 */
final class AttributionFinder {
    /** How the clause of what is said hangs from the verb of saying. */
    private static final Set<String> SAID = Set.of("ccomp", "dep", "xcomp", "parataxis");

    /**
     * @param reported whether the sentence gives the event as someone's word; false for an act of
     *                 speech the article itself reports, whose speaker is then its own
     * @param speaker  the head of the phrase that names who, when the sentence names them
     */
    record Attribution(boolean reported, Optional<Integer> speaker) {
        static final Attribution NONE = new Attribution(false, Optional.empty());
    }

    /** Relations across which an adverb of another clause says nothing of this one. */
    private static final Set<String> CLAUSE_EDGES = Set.of("acl:relcl", "ccomp", "advcl",
            "parataxis", "conj", "xcomp", "root");

    private final Subjects subjects;
    private final WordLists cues;

    AttributionFinder(Subjects subjects, WordLists cues) {
        this.subjects = subjects;
        this.cues = cues;
    }

    Attribution find(SentenceTree tree, int head, Optional<Integer> vouch) {
        int prev = SentenceTree.NONE;
        for (int at = head, steps = 0; at != SentenceTree.NONE && steps < tree.size(); steps++) {
            if (prev != SentenceTree.NONE && speech(tree, at) && SAID.contains(tree.baseRelation(prev)))
                return new Attribution(true, speaker(tree, at));
            for (int c : tree.children(at)) {
                if (c == prev)
                    continue;
                if (cues.in(tree.caseOf(c), "ACCORDING"))
                    return new Attribution(true, Optional.of(c));
                boolean aside = tree.baseRelation(c).equals("parataxis")
                        || tree.baseRelation(c).equals("advcl") && tree.caseOf(c).equals("as");
                if (aside && speech(tree, c))
                    return new Attribution(true, speaker(tree, c));
            }
            prev = at;
            at = tree.governor(at);
        }
        if (vouch.isPresent())
            return new Attribution(true, vouch);
        for (int t = 0; t < tree.size(); t++)
            if (cues.in(tree.caseOf(t), "ACCORDING"))
                return new Attribution(true, Optional.of(t));
        // a warning, a denial, an accusation: the article tells that it was said, by its speaker
        if (speech(tree, head))
            return new Attribution(false, speaker(tree, head));
        if (hearsay(tree, head))
            return new Attribution(true, Optional.empty());
        return Attribution.NONE;
    }

    /**
     * Whether an adverb of hearsay ("allegedly", "reportedly") modifies the event or a word its
     * clause hangs from, up to the first clause boundary: "a picture allegedly showing the rockets
     * fired by Iran" passes the firing on, "police allegedly beat a man who fired" does not.
     */
    private boolean hearsay(SentenceTree tree, int head) {
        for (int at = head, steps = 0; at != SentenceTree.NONE && steps < tree.size(); steps++) {
            for (int c : tree.children(at, "advmod"))
                if (cues.in(tree.lemma(c).toLowerCase(Locale.ROOT), "HEARSAY"))
                    return true;
            if (CLAUSE_EDGES.contains(tree.relation(at)))
                return false;
            at = tree.governor(at);
        }
        return false;
    }

    // "Qani is reported to have said": with no "by", the one the passive is about is the speaker
    private Optional<Integer> speaker(SentenceTree tree, int verb) {
        Optional<Integer> agent = subjects.agent(tree, verb);
        if (agent.isEmpty() && Subjects.isPassive(tree, verb))
            return tree.child(verb, "nsubj:pass");
        // "Khazali, the head of the group, who said ...": a relative "who" is the one the clause describes
        // (a clause the parser may hang from the name as a mere "dep")
        if (agent.isPresent() && tree.token(agent.get()).pos().startsWith("W")
                && (tree.relation(verb).equals("acl:relcl") || tree.relation(verb).equals("dep")))
            return Optional.of(tree.governor(verb)).filter(g -> g != SentenceTree.NONE);
        return agent;
    }

    private boolean speech(SentenceTree tree, int i) {
        return tree.isVerb(i) && cues.in(tree.lemma(i), "SPEECH");
    }
}

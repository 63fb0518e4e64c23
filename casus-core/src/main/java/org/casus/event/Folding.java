package org.casus.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ties verbs that tell what an event did to that event: in "the attack killed a child and wounded
 * five civilians" the killing and the wounding are the attack's toll, not two more events, and
 * their victims are its targets and counts. So are they in "was killed in an apparent targeted attack".
 */
final class Folding {
    private final Subjects subjects;
    private final WordLists arguments;

    Folding(Subjects subjects, WordLists arguments) {
        this.subjects = subjects;
        this.arguments = arguments;
    }

    // "was killed in a drone strike", "died in clashes": the event the victim fell in
    private Optional<Integer> means(SentenceTree tree, int verb, Map<Integer, Predicate> events) {
        for (int c : tree.children(verb))
            if (tree.baseRelation(c).equals("obl") && arguments.in(tree.caseOf(c), "MEANS") && events.containsKey(c))
                return Optional.of(c);
        return Optional.empty();
    }

    // "fired six rockets, killing two guards": a participle without a subject tells the toll
    private static Optional<Integer> participle(SentenceTree tree, int verb, Map<Integer, Predicate> events) {
        int g = tree.governor(verb);
        if (g == SentenceTree.NONE || !tree.token(verb).pos().equals("VBG") || !tree.children(verb, "nsubj").isEmpty()
                || !Set.of("advcl", "xcomp", "conj").contains(tree.baseRelation(verb)))
            return Optional.empty();
        for (Predicate e : events.values())
            if (e.head() != verb && (e.head() == g || e.anchor() == g))
                return Optional.of(e.head());
        return Optional.empty();
    }

    /** For each event word that takes in others, the words it takes in; those are no events of their own. */
    Map<Integer, List<Integer>> fold(SentenceTree tree, List<Predicate> predicates) {
        Map<Integer, Predicate> byHead = new HashMap<>();
        for (Predicate p : predicates)
            byHead.put(p.head(), p);
        Map<Integer, List<Integer>> folded = new HashMap<>();
        for (Predicate p : predicates) {
            if (!tree.isVerb(p.head()) || !arguments.in(tree.lemma(p.head()), "RESULT"))
                continue;
            Optional<Integer> doer = subjects.agent(tree, p.head()).filter(byHead::containsKey)
                    .or(() -> means(tree, p.head(), byHead)).or(() -> participle(tree, p.head(), byHead));
            if (doer.isPresent() && doer.get() != p.head() && byHead.containsKey(doer.get())
                    && !arguments.in(tree.lemma(doer.get()), "RESULT"))
                folded.computeIfAbsent(doer.get(), k -> new ArrayList<>()).add(p.head());
        }
        return folded;
    }
}

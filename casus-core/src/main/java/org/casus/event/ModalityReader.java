package org.casus.event;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casus.model.Modality;

/**
 * Tells whether an event word says the event happened. It reads the word itself (negation, modal
 * and future auxiliaries, "possible", "any", "no"), then walks up the dependency tree through the
 * words that govern it: a denial, a dropped plan, a plan, a condition, the consequence of a
 * condition, a threat. It stops at a coordinated or loosely attached clause, which says its own thing.
 * Reported speech is {@link AttributionFinder}'s job.
 */
final class ModalityReader {
    /** Strongest first: a denied or dropped event is never turned into a plan or a threat. */
    private static final List<Modality> STRENGTH = List.of(Modality.DENIED, Modality.NEGATED,
            Modality.CONDITIONAL, Modality.THREATENED, Modality.HYPOTHETICAL, Modality.PLANNED);
    /** How a word hangs from one whose negation or modal also rules it ("decided not to go ahead with the plan"). */
    private static final Set<String> CONTROLLED = Set.of("xcomp", "obj", "obl", "nmod", "compound", "acl", "nsubj", "nsubj:pass",
            "advcl", "advmod");
    /** Relations that start an independent statement: the walk stops there. A relative clause says
     *  its own thing about its noun ("the attack in which Soleimani was killed"). */
    private static final Set<String> INDEPENDENT = Set.of("parataxis", "list", "discourse", "root", "acl:relcl", "appos");
    /** Determiners that point to an event already known: "the attack could indicate ..." is no possible attack. */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

    private final WordLists cues;

    ModalityReader(WordLists cues) {
        this.cues = cues;
    }

    /** The strongest marker on the event word {@code p}, or ASSERTED when there is none. */
    Modality read(SentenceTree tree, Predicate p, double goldstein) {
        Set<Modality> found = EnumSet.noneOf(Modality.class);
        if (p.root().equals("13"))
            found.add(Modality.THREATENED);
        if (p.code().equals("016"))
            found.add(Modality.DENIED);
        if (tree.token(tree.size() - 1).word().equals("?"))
            found.add(Modality.HYPOTHETICAL);
        boolean hostile = goldstein < 0;
        int prev = SentenceTree.NONE;
        for (int at = p.head(), steps = 0; at != SentenceTree.NONE && steps < tree.size(); steps++) {
            boolean own = prev == SentenceTree.NONE;
            String how = own ? "" : tree.relation(prev);
            if (!own && !tree.isNoun(prev) && tree.baseRelation(prev).equals("conj")) {
                // "could turn the tables and give Trump a reason": a verb without a subject of its own
                // shares the first one's auxiliaries; "X attacked and Y denied it" says its own thing
                if (tree.children(prev, "nsubj", "nsubj:pass").isEmpty())
                    marked(tree, at, hostile, found);
                break;
            }
            if (!own && !adjunct(tree, prev))
                governing(tree, at, prev, found);
            if (own || controlled(tree, prev, how))
                marked(tree, at, hostile, found);
            else if (tree.children(at, "mark").stream().anyMatch(c -> cues.in(tree.word(c), "CONDITION")))
                found.add(Modality.CONDITIONAL); // all an if-clause holds is conditional
            if (INDEPENDENT.contains(tree.baseRelation(at)) || INDEPENDENT.contains(tree.relation(at)))
                break;
            prev = at;
            at = tree.governor(at);
        }
        for (Modality m : STRENGTH)
            if (found.contains(m))
                return m;
        return Modality.ASSERTED;
    }

    private boolean controlled(SentenceTree tree, int dependent, String how) {
        if (tree.baseRelation(dependent).equals("conj"))
            return true;
        if (how.equals("nsubj") && definite(tree, dependent))
            return false;
        return CONTROLLED.contains(how) && !adjunct(tree, dependent);
    }

    private static boolean definite(SentenceTree tree, int noun) {
        return !tree.children(noun, "nmod:poss").isEmpty()
                || tree.children(noun, "det").stream().anyMatch(d -> DEFINITE.contains(tree.word(d)));
    }

    /** Whether a word is a circumstance of its governor: "after the attack", "in response to", a condition. */
    private boolean adjunct(SentenceTree tree, int dependent) {
        String r = tree.baseRelation(dependent);
        // an if-clause is not ruled by its main clause either: "if war breaks out, it cannot be contained"
        return (r.equals("obl") || r.equals("nmod") || r.equals("advcl")) && cues.in(tree.caseOf(dependent), "ADJUNCT")
                || r.equals("advcl") && cues.in(tree.caseOf(dependent), "CONDITION");
    }

    /** What a governing word says about what it governs. */
    private void governing(SentenceTree tree, int at, int prev, Set<Modality> found) {
        String lemma = tree.lemma(at);
        if (cues.in(lemma, "DENY") && tree.isVerb(at))
            found.add(Modality.DENIED);
        if (cues.in(lemma, "DROP") && tree.isVerb(at) && !tree.baseRelation(prev).equals("nsubj"))
            found.add(Modality.NEGATED);
        if ((cues.in(lemma, "PLAN") && tree.isVerb(at) || cues.in(lemma, "PLAN_NOUN") && tree.isNoun(at))
                && !purposeOf(tree, at, prev))
            found.add(Modality.PLANNED);
        if (cues.in(lemma, "AVERT") && tree.isVerb(at) || cues.in(lemma, "POSSIBILITY") && tree.isNoun(at))
            found.add(Modality.HYPOTHETICAL);
        // "took off the table an attack plan", "took the plan off the table"
        boolean off = tree.children(at).stream().anyMatch(c -> tree.word(c).equals("off"));
        if (tree.children(at).stream().anyMatch(c -> cues.in(tree.lemma(c), "SHELVED") && (off || tree.caseOf(c).equals("off"))))
            found.add(Modality.NEGATED);
    }

    /**
     * "the visit was aimed at confirming support", "the strikes were meant to deter": the subject of a
     * plan word that names its aim in a clause is a deed with a purpose; the aim is what is planned
     */
    private static boolean purposeOf(SentenceTree tree, int planWord, int prev) {
        return tree.baseRelation(prev).equals("nsubj") && tree.children(planWord).stream()
                .anyMatch(c -> Set.of("xcomp", "advcl", "ccomp").contains(tree.baseRelation(c)) && tree.isVerb(c));
    }

    /** Markers on the word itself: its negation, auxiliaries, determiners and conditions. */
    private void marked(SentenceTree tree, int at, boolean hostile, Set<Modality> found) {
        boolean future = false;
        boolean modal = false;
        for (int c : tree.children(at)) {
            String r = tree.relation(c);
            String lemma = tree.lemma(c);
            if (r.startsWith("advmod") && cues.in(lemma, "NEGATION") && !cues.in(tree.lemma(at), "UNNEGATED")
                    || r.equals("det") && cues.in(lemma, "NO"))
                found.add(Modality.NEGATED);
            else if (r.startsWith("nsubj") && tree.children(c, "det").stream().anyMatch(d -> cues.in(tree.lemma(d), "NO")))
                found.add(Modality.NEGATED); // "no Americans were killed", "no group claimed it"
            else if (r.equals("aux") && cues.in(tree.word(c), "FUTURE"))
                future = true;
            else if (r.equals("aux") && cues.in(tree.word(c), "MODAL"))
                modal = true;
            else if ((r.equals("det") || r.equals("amod")) && cues.in(lemma, "HEDGE"))
                found.add(Modality.HYPOTHETICAL);
            else if (r.equals("amod") && cues.in(lemma, "PLANNED_ADJ"))
                found.add(Modality.PLANNED);
            else if (r.equals("mark") && cues.in(lemma, "CONDITION"))
                found.add(Modality.CONDITIONAL);
        }
        boolean consequence = tree.children(at, "advcl").stream()
                .anyMatch(c -> cues.in(tree.caseOf(c), "CONDITION"));
        if (consequence)
            found.add(hostile && (future || modal) ? Modality.THREATENED : Modality.HYPOTHETICAL);
        else if (modal)
            found.add(Modality.HYPOTHETICAL);
        else if (future)
            found.add(Modality.PLANNED);
    }
}

package org.casus.event;

import java.util.Optional;
import java.util.Set;

/**
 * Finds who does what a verb says: its subject, the agent of a passive, a subject shared with the
 * verb it is coordinated with or controlled by, the noun a relative clause hangs from, and the
 * speaker a pronoun in reported speech stands for.
 */
final class Subjects {
    /** Nouns of a stretch of time, which open a clause as "hours after X did" and are no doer. */
    private static final Set<String> TIME_NOUNS = Set.of("minute", "hour", "day", "week", "month", "year", "moment");
    /** Named-entity tags of dates and times, which the parser may take for a subject and are never a doer. */
    private static final Set<String> DATES = Set.of("DATE", "TIME", "DURATION");
    private final WordLists arguments;
    private final WordLists attribution;

    Subjects(WordLists arguments, WordLists attribution) {
        this.arguments = arguments;
        this.attribution = attribution;
    }

    /** Whether {@code verb} is a passive, a heading's passive without "was" included. */
    boolean passive(SentenceTree tree, int verb) {
        return isPassive(tree, verb) || headline(tree, verb);
    }

    static boolean isPassive(SentenceTree tree, int verb) {
        if (!tree.children(verb, "nsubj:pass", "aux:pass").isEmpty())
            return true;
        if (!tree.token(verb).pos().equals("VBN"))
            return false;
        // "rockets fired by the militia", parsed as a clause or as a modifier
        return tree.relation(verb).equals("acl") || tree.children(verb, "aux").isEmpty()
                && tree.children(verb).stream().anyMatch(c -> tree.baseRelation(c).equals("obl") && tree.caseOf(c).equals("by"));
    }

    /**
     * A heading's passive without "was": "Jackson arrested on DUI charge", "Three killed in blast".
     * A verb of what befalls someone, in the past, with a subject and neither object nor auxiliary,
     * tells what befell the subject.
     */
    private boolean headline(SentenceTree tree, int verb) {
        String pos = tree.token(verb).pos();
        return (pos.equals("VBD") || pos.equals("VBN")) && arguments.in(tree.lemma(verb), "BEFALL")
                && tree.relation(verb).equals("root") && tree.child(verb, "nsubj").isPresent()
                && tree.children(verb, "obj", "iobj", "aux", "ccomp", "xcomp").isEmpty();
    }

    /** The agent of {@code verb}: its subject, or for a passive the noun after "by". */
    Optional<Integer> agent(SentenceTree tree, int verb) {
        if (passive(tree, verb)) {
            for (int c : tree.children(verb))
                if (tree.baseRelation(c).equals("obl") && arguments.in(tree.caseOf(c), "AGENT"))
                    return Optional.of(c);
            return Optional.empty();
        }
        return subject(tree, verb, 0);
    }

    /** The undergoer a passive verb names as its subject ("the embassy was attacked"). */
    Optional<Integer> passiveSubject(SentenceTree tree, int verb) {
        Optional<Integer> s = tree.child(verb, "nsubj:pass", "nsubj");
        if (s.isEmpty() && tree.relation(verb).equals("acl") && tree.token(verb).pos().equals("VBN"))
            return Optional.of(tree.governor(verb)); // "rockets fired by the militia": the rockets
        if (s.isEmpty())
            return before(tree, verb);
        return s.map(i -> resolve(tree, i, verb));
    }

    /**
     * The noun right before a passive's "was" when the parser left the passive without a subject, as
     * it can after a long opening ("tensions rose after a cleric, X, was killed"): that noun is it.
     */
    private static Optional<Integer> before(SentenceTree tree, int verb) {
        Optional<Integer> aux = tree.child(verb, "aux:pass");
        if (aux.isEmpty())
            return Optional.empty();
        int i = aux.get() - 1;
        while (i >= 0 && tree.token(i).pos().equals(","))
            i--;
        return i >= 0 && tree.isNoun(i) ? Optional.of(i) : Optional.empty();
    }

    private Optional<Integer> subject(SentenceTree tree, int verb, int depth) {
        // "vowed on Thursday to wage war", misparsed with the day as the subject of "wage": a date does nothing
        Optional<Integer> own = tree.children(verb, "nsubj", "csubj").stream()
                .map(s -> resolve(tree, s, verb)).filter(s -> !DATES.contains(tree.token(s).ner())).findFirst();
        if (own.isPresent())
            return own;
        int g = tree.governor(verb);
        if (g == SentenceTree.NONE || depth > 4)
            return Optional.empty();
        switch (tree.baseRelation(verb)) {
            case "conj", "dep" -> {
                return tree.isVerb(g) ? subject(tree, g, depth + 1) : Optional.empty();
            }
            case "xcomp", "advcl" -> {
                // object control: "ordered the militias to stand down" -> the militias stand down;
                // "sent Qaani to Baghdad to instruct the allies" -> Qaani instructs
                Optional<Integer> object = tree.child(g, "obj", "iobj");
                boolean infinitive = tree.baseRelation(verb).equals("xcomp") || tree.caseOf(verb).equals("to");
                if (object.isPresent() && infinitive && arguments.in(tree.lemma(g), "CONTROL", "SEND"))
                    return object;
                return tree.isVerb(g) ? agent(tree, g) : Optional.empty();
            }
            case "acl" -> {
                // "the group behind the attack", "militias attacking the base": the noun acts
                // a finite verb hung from a noun is a misparsed clause, not something the noun does
                boolean finite = Set.of("VBD", "VBZ", "VBP").contains(tree.token(verb).pos());
                return tree.relation(verb).equals("acl:relcl") || finite ? Optional.empty() : Optional.of(g);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** What a relative or personal pronoun subject stands for, where the sentence tells. */
    private int resolve(SentenceTree tree, int subject, int verb) {
        // "Days after Trump met his advisers": the parser takes the stretch of time for the subject
        if (TIME_NOUNS.contains(tree.lemma(subject)))
            for (int c : tree.children(subject, "nmod"))
                if (Set.of("after", "before").contains(tree.caseOf(c)) && tree.token(c).pos().startsWith("NNP"))
                    return c;
        if (!tree.isPronoun(subject))
            return subject;
        // "the airstrike that killed the general": the relative pronoun is the noun it hangs from
        if (tree.relation(verb).equals("acl:relcl"))
            return tree.governor(verb);
        // "Kataib Hezbollah denied it had carried out the barrage": "it" is the one who speaks
        if (arguments.in(tree.lemma(subject), "PRONOUN"))
            for (int at = verb, g = tree.governor(verb); g != SentenceTree.NONE; at = g, g = tree.governor(g)) {
                String r = tree.baseRelation(at);
                if (!r.equals("ccomp") && !r.equals("dep") && !r.equals("conj"))
                    break;
                if (attribution.in(tree.lemma(g), "SPEECH", "ACCUSE")) {
                    Optional<Integer> speaker = tree.child(g, "nsubj");
                    if (speaker.isPresent() && !tree.isPronoun(speaker.get()))
                        return speaker.get();
                }
            }
        return subject;
    }
}

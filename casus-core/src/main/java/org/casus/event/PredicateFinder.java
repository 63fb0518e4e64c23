package org.casus.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the words of a sentence that name events and codes each. A word that is part of another's
 * event ("attacks" in "halt attacks", "cease" in "urged them to cease fire") is not an event of its
 * own: the outer word absorbs it and, when it frames an act, takes its code from it (act-frames.tsv).
 */
final class PredicateFinder {
    /** Relations by which a framing word holds the act it frames. */
    private static final Set<String> FRAMED_BY = Set.of("xcomp", "ccomp", "advcl", "obj", "obl", "nmod", "dep");
    /** Prepositions that introduce a framed act ("call for a truce", "warn of an attack"). */
    private static final Set<String> FRAMING_CASES = Set.of("", "to", "for", "of", "against", "with", "from", "on");

    /** What may introduce a framed clause: "to" of an infinitive, "that", or nothing ("not after"). */
    private static final Set<String> CLAUSE_MARKS = Set.of("", "to", "that");

    private final Lexicon lexicon;
    private final ActFrames frames;
    private final WordLists modality;
    private final WordLists arguments;

    PredicateFinder(Lexicon lexicon, ActFrames frames, WordLists modality, WordLists arguments) {
        this.lexicon = lexicon;
        this.frames = frames;
        this.modality = modality;
        this.arguments = arguments;
    }

    List<Predicate> find(SentenceTree tree) {
        Map<Integer, Trigger> triggers = new LinkedHashMap<>();
        for (int i = 0; i < tree.size(); i++) {
            Optional<Trigger> t = lexicon.match(tree, i);
            if (t.isPresent())
                triggers.put(i, t.get());
        }
        Set<Integer> absorbed = new HashSet<>();
        Map<Integer, Integer> acts = new LinkedHashMap<>();
        for (Trigger t : triggers.values()) {
            for (int c : t.cued())
                if (triggers.containsKey(c) && c != t.head())
                    absorbed.add(c);
            if (ActFrames.frames(t.code()))
                framedAct(tree, t.head(), triggers).ifPresent(act -> {
                    acts.put(t.head(), act);
                    absorbed.add(act);
                    for (int c : tree.children(act, "conj"))
                        if (triggers.containsKey(c))
                            absorbed.add(c);
                });
        }
        List<Predicate> found = new ArrayList<>();
        for (Trigger t : triggers.values()) {
            if (absorbed.contains(t.head()) || deniesAnEvent(tree, t, triggers))
                continue;
            int act = acts.getOrDefault(t.head(), SentenceTree.NONE);
            String code = t.code();
            if (act != SentenceTree.NONE)
                code = frames.code(code, actCode(tree, act, triggers.get(act))).orElse(code);
            found.add(new Predicate(t.head(), code, anchor(tree, t.head()), act));
        }
        return found;
    }

    // "denied it had fired the rockets": the firing, DENIED, says it all; a bare "denied involvement"
    // is coded as the denial itself (016)
    private static boolean deniesAnEvent(SentenceTree tree, Trigger t, Map<Integer, Trigger> triggers) {
        if (!t.code().equals("016"))
            return false;
        return tree.children(t.head(), "ccomp", "dep", "xcomp").stream().anyMatch(triggers::containsKey);
    }

    private Optional<Integer> framedAct(SentenceTree tree, int head, Map<Integer, Trigger> triggers) {
        for (int c : tree.children(head)) {
            if (!FRAMED_BY.contains(tree.baseRelation(c)))
                continue;
            String introducedBy = tree.caseOf(c);
            boolean nominal = tree.baseRelation(c).equals("obl") || tree.baseRelation(c).equals("nmod");
            if (nominal ? !FRAMING_CASES.contains(introducedBy) || introducedBy.isEmpty()
                    : !CLAUSE_MARKS.contains(introducedBy) && !toInfinitive(tree, c))
                continue;
            if (triggers.containsKey(c))
                return Optional.of(c);
            // "vowed to wage war": the act is the event noun the light verb of the clause carries
            if (!nominal && tree.isVerb(c) && arguments.in(tree.lemma(c), "LIGHT"))
                for (int o : tree.children(c, "obj"))
                    if (triggers.containsKey(o))
                        return Optional.of(o);
        }
        return Optional.empty();
    }

    // "vowed on Thursday to wage war", parsed with "on" as a second mark of the clause: the "to" counts
    private static boolean toInfinitive(SentenceTree tree, int clause) {
        return tree.children(clause, "mark").stream().anyMatch(m -> tree.word(m).equalsIgnoreCase("to"));
    }

    // an act negated inside a frame is asked to stop, not to happen ("told them not to attack")
    private String actCode(SentenceTree tree, int act, Trigger trigger) {
        boolean negated = tree.children(act).stream()
                .anyMatch(c -> tree.relation(c).startsWith("advmod") && modality.in(tree.lemma(c), "NEGATION"));
        int root = Integer.parseInt(trigger.code().substring(0, 2));
        return negated && root >= 14 ? ActFrames.DE_ESCALATION : trigger.code();
    }

    private int anchor(SentenceTree tree, int head) {
        return anchor(tree, head, arguments);
    }

    /** The light verb an event noun lends its actors from, or the word itself. */
    static int anchor(SentenceTree tree, int head, WordLists arguments) {
        if (!tree.isNoun(head))
            return head;
        int g = tree.governor(head);
        String r = tree.relation(head);
        if (g != SentenceTree.NONE && (r.equals("obj") || r.equals("nsubj:pass"))
                && arguments.in(tree.lemma(g), "LIGHT"))
            return g;
        return head;
    }
}

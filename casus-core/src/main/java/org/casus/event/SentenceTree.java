package org.casus.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casus.model.Dependency;
import org.casus.model.Sentence;
import org.casus.model.Token;

/**
 * One sentence's dependency tree, indexed both ways so that a rule can walk up to a token's
 * governor or down to its dependents in constant time.
 */
final class SentenceTree {
    static final int NONE = Dependency.ROOT;

    private final Sentence sentence;
    private final int[] governor;
    private final String[] relation;
    private final List<List<Integer>> children;

    SentenceTree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        governor = new int[n];
        relation = new String[n];
        Arrays.fill(governor, NONE);
        Arrays.fill(relation, "root");
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++)
            children.add(new ArrayList<>());
        for (Dependency d : sentence.dependencies()) {
            int g = objectOfAdjective(sentence, d) ? verbBefore(sentence, d.governor(), d.dependent()) : d.governor();
            governor[d.dependent()] = g;
            relation[d.dependent()] = d.relation();
            if (!d.isRoot())
                children.get(g).add(d.dependent());
        }
        children.forEach(list -> list.sort(Integer::compare));
    }

    /**
     * "Be calm and cease attacks", parsed with "attacks" the object of "calm": an adjective takes no
     * object, so one with a verb between them is that verb's.
     */
    private static boolean objectOfAdjective(Sentence sentence, Dependency d) {
        return !d.isRoot() && d.relation().equals("obj") && sentence.tokens().get(d.governor()).pos().startsWith("JJ")
                && verbBefore(sentence, d.governor(), d.dependent()) != d.governor();
    }

    /** The nearest verb between {@code from} and {@code to}, before {@code to}; else {@code from}. */
    private static int verbBefore(Sentence sentence, int from, int to) {
        for (int i = to - 1; i > from; i--)
            if (sentence.tokens().get(i).pos().startsWith("VB"))
                return i;
        return from;
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return governor.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    /**
     * The lemma in lower case. CoreNLP keeps proper nouns as written, so a plural one ("Rockets" at
     * the start of a sentence, "Iraqis") loses its plural "s" here.
     */
    String lemma(int i) {
        String lemma = token(i).lemma().toLowerCase(Locale.ROOT);
        if (token(i).pos().equals("NNPS") && lemma.endsWith("s") && !lemma.endsWith("ss") && lemma.length() > 3)
            return lemma.substring(0, lemma.length() - 1);
        return lemma;
    }

    String word(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    int governor(int i) {
        return governor[i];
    }

    /** The relation that attaches token {@code i} to its governor, with its subtype ("nmod:poss"). */
    String relation(int i) {
        return relation[i];
    }

    /** The relation without its subtype ("nmod" for "nmod:poss"). */
    String baseRelation(int i) {
        String r = relation[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** The dependents of {@code i} attached by one of {@code relations} (exact, with subtype). */
    List<Integer> children(int i, String... relations) {
        List<Integer> found = new ArrayList<>();
        for (int c : children.get(i))
            for (String r : relations)
                if (relation[c].equals(r)) {
                    found.add(c);
                    break;
                }
        return found;
    }

    Optional<Integer> child(int i, String... relations) {
        List<Integer> found = children(i, relations);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * The preposition or conjunction that introduces token {@code i}, in lower case: its "case" or
     * "mark" dependent ("on" in "attack on the embassy"), empty if it has none. The word, not the
     * lemma, so that "according to" stays "according".
     */
    String caseOf(int i) {
        for (int c : children.get(i))
            if (relation[c].equals("case") || relation[c].equals("mark"))
                return word(c);
        return "";
    }

    boolean isVerb(int i) {
        return token(i).pos().startsWith("VB");
    }

    boolean isNoun(int i) {
        return token(i).pos().startsWith("NN");
    }

    boolean isPronoun(int i) {
        return token(i).pos().startsWith("PRP") || token(i).pos().equals("WP") || token(i).pos().equals("WDT");
    }

    /** Whether {@code ancestor} is {@code i} or lies on the path from {@code i} up to the root. */
    boolean dominates(int ancestor, int i) {
        // a parse is a tree, but a step limit keeps a malformed one from looping
        for (int at = i, steps = 0; at != NONE && steps <= size(); at = governor[at], steps++)
            if (at == ancestor)
                return true;
        return false;
    }

    /** Token {@code i} and everything below it, in text order. */
    List<Integer> subtree(int i) {
        List<Integer> found = new ArrayList<>();
        for (int t = 0; t < size(); t++)
            if (dominates(i, t))
                found.add(t);
        return found;
    }
}

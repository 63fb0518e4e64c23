package org.casus.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.casus.model.ActorMention;
import org.casus.model.Token;

/** The actor mentions that fall in one sentence, looked up by token. */
final class ActorIndex {
    private final SentenceTree tree;
    private final List<ActorMention> mentions;
    private final Antecedents antecedents;
    private final WordLists arguments;

    ActorIndex(SentenceTree tree, List<ActorMention> all, Antecedents antecedents, WordLists arguments) {
        this.tree = tree;
        this.antecedents = antecedents;
        this.arguments = arguments;
        List<ActorMention> inside = new ArrayList<>();
        for (ActorMention m : all)
            if (tree.sentence().span().contains(m.span()))
                inside.add(m);
        this.mentions = List.copyOf(inside);
    }

    /** The mention that covers token {@code i}, the longest when several do. */
    Optional<ActorMention> at(int i) {
        Token t = tree.token(i);
        ActorMention best = null;
        for (ActorMention m : mentions)
            if (m.span().overlaps(t.span()) && (best == null || m.span().length() > best.span().length()))
                best = m;
        return Optional.ofNullable(best);
    }

    /**
     * The actor a noun phrase headed by {@code head} names: the mention over the head itself, else one
     * over a word that names the head ("the Kataib Hezbollah group", "the head of the Quds Force",
     * "Iran's top general, Qassim Soleimani"), else one over a word it belongs to ("the U.S. Embassy",
     * "Iran's proxies", "Iraqi officials", "the Iraqi capital's Green Zone"), else the one a pronoun or
     * a description ("he", "the group") stands for, else, for a place, whom it houses ("the bases
     * where US soldiers are stationed"). A backer is not the group it backs: "Iran-backed
     * militias" names no actor. Empty when the phrase names no known actor.
     */
    Optional<ActorMention> named(int head) {
        Optional<ActorMention> own = at(head);
        if (own.isPresent())
            return own;
        // nearer words first: "Iraqi" before the "Iranian" of "Iranian-backed Iraqi militias"
        for (boolean nested : new boolean[] {false, true})
            for (String[] relations : new String[][] {{"appos", "flat", "compound"}, {"nmod:poss"}, {"amod"}, {"nmod"}}) {
                List<Integer> words = new ArrayList<>(tree.children(head, relations));
                Collections.reverse(words);
                for (int c : words) {
                    if (relations[0].equals("nmod") && !namesOwner(head, c))
                        continue;
                    if (sponsor(c))
                        continue;
                    Optional<ActorMention> m = nested ? nestedName(c) : at(c);
                    if (m.isPresent())
                        return m;
                }
            }
        // "the bases where US soldiers were stationed": a place is named by whom it houses
        for (int c : tree.children(head, "acl:relcl"))
            if (arguments.in(tree.lemma(c), "HOUSE") && tree.children(c, "advmod").stream().anyMatch(w -> tree.lemma(w).equals("where")))
                for (int s : tree.children(c, "nsubj", "nsubj:pass")) {
                    Optional<ActorMention> housed = named(s);
                    if (housed.isPresent())
                        return housed;
                }
        return antecedents.of(tree.sentence().index(), head);
    }

    /**
     * The words named together with the one that names {@code head} through a preposition or a
     * modifier: "Germany" in "lawmakers in France and Germany", "Qatar" in "envoys from Egypt and
     * Qatar", "Cypriot" in "Turkish and Cypriot leaders". Empty when the head names an actor itself.
     */
    List<Integer> namedTogether(int head) {
        if (at(head).isPresent())
            return List.of();
        for (int c : tree.children(head, "nmod"))
            if (namesOwner(head, c) && at(c).isPresent())
                return tree.children(c, "conj");
        // "Turkish and Cypriot leaders"
        for (int c : tree.children(head, "amod", "compound"))
            if (at(c).isPresent() && !sponsor(c))
                return tree.children(c, "conj");
        return List.of();
    }

    // "the head of the Quds Force", "an adviser to the supreme leader", "a delegation from Qatar",
    // and for people who live or work somewhere, "lawmakers in France"
    private boolean namesOwner(int head, int nmod) {
        String prep = tree.caseOf(nmod);
        return prep.equals("of") || prep.equals("to") || prep.equals("from")
                || prep.equals("in") && arguments.in(tree.lemma(head), "RESIDENT");
    }

    // "Iran-backed", "Iranian-aligned": the last part of the modifier says it names a backer
    private boolean sponsor(int modifier) {
        String word = tree.word(modifier);
        boolean hyphened = word.contains("-") || tree.children(modifier).stream()
                .anyMatch(c -> tree.relation(c).equals("punct") && tree.word(c).equals("-"));
        return hyphened && arguments.in(word.substring(word.lastIndexOf('-') + 1), "SPONSOR");
    }

    // one level further down: "the head of the Kataib Hezbollah group", "US-owned bombers",
    // "the Iraqi capital's Green Zone"
    private Optional<ActorMention> nestedName(int c) {
        for (int g : tree.children(c, "compound", "flat", "appos", "nmod:poss", "dep", "amod", "obl"))
            if (!sponsor(g) && at(g).isPresent())
                return at(g);
        return Optional.empty();
    }

    /** Whether token {@code i} lies in a mention of a place (type LOCATION or COUNTRY). */
    Optional<ActorMention> place(int i) {
        return at(i).filter(m -> m.type().equals("LOCATION") || m.type().equals("COUNTRY"));
    }
}

package org.casus.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.model.ActorMention;

/**
 * The actors of an article in the order it names them, for the words that stand for one named
 * before: a pronoun ("he held talks", "its rockets"), a description with "the" ("the group", "the
 * general", "the country") and a quoted "I". The subject of a clause is the likeliest antecedent,
 * so it is tried first, in the sentence itself and then in the two before it; a word is never its
 * own clause-mate's antecedent ("Trump told him").
 */
final class Antecedents {
    /** How far back, in sentences, an antecedent is looked for. */
    private static final int REACH = 2;
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    private static final Set<String> GROUPS = Set.of("ARMED_GROUP", "ORGANIZATION", "PARTY", "NGO", "IGO",
            "MILITARY", "POLICE");
    /** Types no pronoun stands for: a place is not "it" that fired, nor "they" that met. */
    private static final Set<String> PLACES = Set.of("LOCATION");

    private enum Kind { PERSON, NON_PERSON, GROUP, COUNTRY, SPEAKER }

    /** An actor mention with where its phrase stands in its sentence. */
    private record Candidate(int token, int phrase, ActorMention mention, boolean subject, boolean speaker) {
    }

    private final List<SentenceTree> trees;
    private final List<List<Candidate>> bySentence = new ArrayList<>();
    private final WordLists arguments;

    Antecedents(List<SentenceTree> trees, List<ActorMention> all, WordLists arguments, WordLists attribution) {
        this.trees = List.copyOf(trees);
        this.arguments = arguments;
        for (SentenceTree tree : trees) {
            List<Candidate> found = new ArrayList<>();
            for (ActorMention m : all) {
                if (!tree.sentence().span().contains(m.span()))
                    continue;
                int head = head(tree, m);
                if (head == SentenceTree.NONE)
                    continue;
                int phrase = head;
                while (tree.governor(phrase) != SentenceTree.NONE
                        && Set.of("compound", "flat", "amod", "appos").contains(tree.relation(phrase)))
                    phrase = tree.governor(phrase);
                boolean subject = tree.relation(phrase).startsWith("nsubj");
                int g = tree.governor(phrase);
                boolean speaker = subject && g != SentenceTree.NONE && attribution.in(tree.lemma(g), "SPEECH");
                found.add(new Candidate(head, phrase, m, subject, speaker));
            }
            bySentence.add(found);
        }
    }

    // the token of the mention whose governor lies outside it
    private static int head(SentenceTree tree, ActorMention m) {
        int head = SentenceTree.NONE;
        for (int i = 0; i < tree.size(); i++) {
            if (!m.span().contains(tree.token(i).span()) && !tree.token(i).span().overlaps(m.span()))
                continue;
            int g = tree.governor(i);
            if (head == SentenceTree.NONE || g == SentenceTree.NONE || !m.span().contains(tree.token(g).span()))
                head = i;
        }
        return head;
    }

    /** The actor that token {@code token} of sentence {@code sentence} stands for, if it stands for one. */
    Optional<ActorMention> of(int sentence, int token) {
        SentenceTree tree = trees.get(sentence);
        Optional<Kind> kind = kind(tree, token);
        if (kind.isEmpty())
            return Optional.empty();
        // "The minister, who visited Qatar, held talks during his visit": "his" is the described subject
        Optional<ActorMention> described = describedSubject(tree, token, kind.get()).flatMap(t -> of(sentence, t));
        if (described.isPresent() && fits(described.get().type(), kind.get()))
            return described;
        List<Candidate> here = new ArrayList<>();
        for (Candidate c : bySentence.get(sentence))
            if (kind.get() == Kind.SPEAKER || c.token() < token && !clauseMates(tree, c.phrase(), token))
                here.add(c);
        Optional<ActorMention> found = pick(here, kind.get(), true);
        for (int back = 1; found.isEmpty() && back <= REACH && sentence - back >= 0; back++)
            found = pick(bySentence.get(sentence - back), kind.get(), false);
        return found;
    }

    /** The nearest subject before a pronoun, when it is a description, not a name. */
    private Optional<Integer> describedSubject(SentenceTree tree, int token, Kind kind) {
        if (!tree.isPronoun(token) || kind == Kind.SPEAKER)
            return Optional.empty();
        for (int t = token - 1; t >= 0; t--)
            if (tree.relation(t).startsWith("nsubj") && !tree.isPronoun(t)) {
                int at = t;
                boolean named = bySentence.get(tree.sentence().index()).stream().anyMatch(c -> c.phrase() == at);
                return named || kind(tree, t).isEmpty() ? Optional.empty() : Optional.of(t);
            }
        return Optional.empty();
    }

    private Optional<Kind> kind(SentenceTree tree, int token) {
        String lemma = tree.lemma(token);
        String word = tree.word(token);
        if (tree.isPronoun(token)) {
            if (arguments.in(lemma, "FIRST_PERSON") || arguments.in(word, "FIRST_PERSON"))
                return Optional.of(Kind.SPEAKER);
            if (arguments.in(lemma, "PERSONAL") || arguments.in(word, "PERSONAL"))
                return Optional.of(Kind.PERSON);
            if (!arguments.in(lemma, "NON_PERSONAL") && !arguments.in(word, "NON_PERSONAL"))
                return Optional.empty();
            // "denied it", "it was not intended": an "it" that is not a doer or an owner is mostly a thing
            if (lemma.equals("it") && !tree.relation(token).startsWith("nsubj") && !tree.relation(token).equals("nmod:poss"))
                return Optional.empty();
            // "told allies that they should refrain": a nearer plural noun is what "they" stands for
            if (!lemma.equals("it") && nearerPlural(tree, token))
                return Optional.empty();
            return Optional.of(Kind.NON_PERSON);
        }
        // "the group", "the general": a description that names nobody by itself
        if (!tree.isNoun(token) || tree.token(token).pos().startsWith("NNP")
                || tree.children(token, "det").stream().noneMatch(d -> DEFINITE.contains(tree.word(d)))
                || !tree.children(token, "nmod", "appos", "compound", "nmod:poss").isEmpty()
                || tree.children(token, "acl:relcl").stream().anyMatch(c -> !setOff(tree, c)))
            return Optional.empty();
        if (arguments.in(lemma, "PERSON_NOUN"))
            return Optional.of(Kind.PERSON);
        if (arguments.in(lemma, "GROUP_NOUN"))
            return Optional.of(Kind.GROUP);
        if (arguments.in(lemma, "COUNTRY_NOUN"))
            return Optional.of(Kind.COUNTRY);
        return Optional.empty();
    }

    /** "The minister, who also visited Qatar, ...": a clause set off by a comma says more of one known. */
    private static boolean setOff(SentenceTree tree, int clause) {
        int first = tree.subtree(clause).stream().mapToInt(Integer::intValue).min().orElse(clause);
        return first > 0 && tree.word(first - 1).equals(",");
    }

    private boolean nearerPlural(SentenceTree tree, int pronoun) {
        int sentence = tree.sentence().index();
        int lastActor = bySentence.get(sentence).stream().mapToInt(Candidate::phrase).filter(t -> t < pronoun).max().orElse(-1);
        for (int i = pronoun - 1; i > lastActor; i--)
            if (tree.token(i).pos().equals("NNS") && !tree.relation(i).equals("compound"))
                return true;
        return false;
    }

    // words that hang from the same verb are two parties, never one: "Trump told him"
    private static boolean clauseMates(SentenceTree tree, int a, int b) {
        int ga = tree.governor(a);
        return ga != SentenceTree.NONE && ga == tree.governor(b);
    }

    /**
     * The first fitting candidate: subjects first, then the others; in the pronoun's own sentence
     * the nearest before it, in one before it the first subject and then the last mention.
     */
    private static Optional<ActorMention> pick(List<Candidate> candidates, Kind kind, boolean same) {
        List<Candidate> subjects = candidates.stream().filter(c -> kind == Kind.SPEAKER ? c.speaker() : c.subject()).toList();
        List<Candidate> ordered = new ArrayList<>(same ? reversed(subjects) : subjects);
        if (kind != Kind.SPEAKER)
            ordered.addAll(reversed(candidates));
        for (Candidate c : ordered)
            if (fits(c.mention().type(), kind))
                return Optional.of(c.mention());
        return Optional.empty();
    }

    private static List<Candidate> reversed(List<Candidate> list) {
        List<Candidate> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static boolean fits(String type, Kind kind) {
        return switch (kind) {
            case PERSON, SPEAKER -> type.equals("PERSON");
            case NON_PERSON -> !type.equals("PERSON") && !PLACES.contains(type);
            case GROUP -> GROUPS.contains(type);
            case COUNTRY -> type.equals("COUNTRY");
        };
    }
}

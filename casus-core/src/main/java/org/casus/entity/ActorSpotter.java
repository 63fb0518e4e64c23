package org.casus.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.casus.model.Annotated;
import org.casus.model.NamedEntity;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;

/**
 * Finds the stretches of an article that may name actors: the tagger's named entities and the
 * capitalised words the gazetteer spells as an actor ("Iranian", "Iraqis"), each widened to take in
 * a following body word ("Iraqi militia", "U.S. Embassy", "Trump administration"), and runs of
 * capitalised words the tagger missed. Overlaps are resolved in favour of the longest stretch.
 */
final class ActorSpotter {
    private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC",
            "COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY", "RELIGION", "IDEOLOGY");
    private static final int MAX_RUN = 6;
    /** Tags of the words a nationality comes as: "Iraqi" (JJ, at times NNP), "Iraqis" (NNPS). */
    private static final Set<String> NATIONALITY_TAGS = Set.of("JJ", "NNP", "NNPS");
    private static final int MAX_BEFORE = 2;
    private final Set<String> bodyWords;
    private final Predicate<String> spellsActor;

    /**
     * @param spellsActor whether words are spelled as one actor's name or alias; the tagger's
     *                    classes leave out nationalities, which are adjectives
     */
    ActorSpotter(Set<String> bodyWords, Predicate<String> spellsActor) {
        this.bodyWords = bodyWords;
        this.spellsActor = spellsActor;
    }

    List<NameCandidate> spot(Annotated annotated) {
        String text = annotated.article().text();
        List<NameCandidate> found = new ArrayList<>();
        for (NamedEntity e : annotated.entities()) {
            if (!NAME_TYPES.contains(e.type())) continue;
            Span span = widen(annotated, e.span());
            found.add(new NameCandidate(span, span.cut(text), e.type()));
        }
        for (Sentence sentence : annotated.sentences()) {
            found.addAll(nationalities(annotated, sentence, text));
            found.addAll(capitalisedRuns(sentence, text));
        }
        return longestFirst(found);
    }

    /**
     * Capitalised adjectives the gazetteer spells as an actor, alone or with the body word after
     * them ("Iraqi officials", "Jewish state"), and with up to {@value #MAX_BEFORE} capitalised words
     * before them when those belong to the name ("South Korean", "North American", "Free Syrian
     * Army"): "American" alone would make the United States of a continent.
     */
    private List<NameCandidate> nationalities(Annotated annotated, Sentence sentence, String text) {
        List<NameCandidate> found = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isNameWord(tokens.get(i)))
                continue;
            int end = widen(annotated, tokens.get(i).span()).end();
            int first = i;
            while (first > 0 && i - first < MAX_BEFORE && isNameWord(tokens.get(first - 1)))
                first--;
            for (int j = first; j <= i; j++) {
                int start = tokens.get(j).span().start();
                if (spellsActor.test(text.substring(start, tokens.get(i).span().end()))
                        || spellsActor.test(text.substring(start, end))) {
                    found.add(new NameCandidate(new Span(start, end), text.substring(start, end), "NATIONALITY"));
                    break;
                }
            }
        }
        return found;
    }

    private static boolean isNameWord(Token t) {
        return isCapitalised(t) && NATIONALITY_TAGS.contains(t.pos());
    }

    /** "Iraqi" + "militia": the body word that follows a name makes one actor of the two. */
    private Span widen(Annotated annotated, Span span) {
        for (Sentence s : annotated.sentences()) {
            if (!s.span().contains(span)) continue;
            List<Token> tokens = s.tokens();
            int last = -1;
            for (int i = 0; i < tokens.size(); i++)
                if (span.contains(tokens.get(i).span())) last = i;
            int end = span.end();
            for (int i = last + 1; i < tokens.size() && i <= last + 2; i++) {
                String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
                if (!bodyWords.contains(word)) break;
                end = tokens.get(i).span().end();
            }
            return new Span(span.start(), end);
        }
        return span;
    }

    /** Runs of capitalised words ("Kataib Hezbollah", "Quds Force") the tagger may have left out. */
    private static List<NameCandidate> capitalisedRuns(Sentence sentence, String text) {
        List<NameCandidate> runs = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens.get(i))) { i++; continue; }
            int j = i;
            while (j + 1 < tokens.size() && j + 1 - i < MAX_RUN
                    && (startsName(tokens.get(j + 1)) || isJoiner(tokens, j + 1))) j++;
            while (j > i && isJoiner(tokens, j)) j--;
            Span span = new Span(tokens.get(i).span().start(), tokens.get(j).span().end());
            runs.add(new NameCandidate(span, span.cut(text), "O"));
            i = j + 1;
        }
        return runs;
    }

    private static boolean startsName(Token t) {
        return isCapitalised(t) && t.pos().startsWith("NNP");
    }

    private static boolean isCapitalised(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
    }

    /** "of", "al-", "ul" inside a name: "Organization of Islamic Cooperation", "Ahl al-Haq". */
    private static boolean isJoiner(List<Token> tokens, int i) {
        String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
        return (w.equals("of") || w.equals("al") || w.equals("el") || w.equals("ul") || w.equals("bin")
                || w.equals("ibn") || w.equals("abu") || w.equals("the"))
                && i + 1 < tokens.size() && startsName(tokens.get(i + 1));
    }

    /** Keeps the longest of overlapping candidates, then orders them by position. */
    private static List<NameCandidate> longestFirst(List<NameCandidate> found) {
        List<NameCandidate> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((NameCandidate c) -> -c.span().length())
                .thenComparingInt(c -> c.span().start()));
        List<NameCandidate> kept = new ArrayList<>();
        for (NameCandidate c : byLength)
            if (kept.stream().noneMatch(k -> k.span().overlaps(c.span()))) kept.add(c);
        kept.sort(Comparator.comparingInt(c -> c.span().start()));
        return kept;
    }
}

package org.casus.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;

/**
 * The tense of the verb group nearest a time expression, read from part-of-speech tags: it tells
 * whether a bare "Tuesday" or "March" lies before or after the article's date.
 */
enum Tense {
    PAST, PRESENT,
    /** An infinitive or a deadline ("set to resume Monday", "postponed until Saturday"): a plan, so ahead. */
    INTENDED,
    FUTURE;

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> PERFECT = Set.of("have", "has", "had", "'ve", "'d");
    private static final Set<String> DEADLINE = Set.of("until", "till", "til");

    /**
     * The tense of the verb group nearest to {@code span} in its sentence; PRESENT when there is
     * none. A deadline ("postponed until Saturday", "has given them until 9 a.m. Tuesday") lies
     * ahead unless a plain past verb says it has passed.
     */
    static Tense around(Sentence sentence, Span span) {
        List<Token> tokens = sentence.tokens();
        int at = 0;
        while (at < tokens.size() && tokens.get(at).span().end() <= span.start())
            at++;
        int verb = nearestVerb(tokens, at, span);
        if (verb < 0)
            return PRESENT;
        int end = groupEnd(tokens, verb);
        int start = groupStart(tokens, end);
        // a group led by a past verb is past, whatever follows: "agreed to plead guilty Thursday"
        if (tokens.get(start).pos().equals("VBD"))
            return PAST;
        if (at > 0 && DEADLINE.contains(tokens.get(at - 1).word().toLowerCase(Locale.ROOT)))
            return INTENDED;
        return ofGroup(tokens, start, end);
    }

    private static int nearestVerb(List<Token> tokens, int at, Span span) {
        for (int distance = 0; distance < tokens.size(); distance++) {
            for (int i : new int[] {at - distance - 1, at + distance}) {
                if (i >= 0 && i < tokens.size() && !tokens.get(i).span().overlaps(span) && isVerb(tokens.get(i)))
                    return i;
            }
        }
        return -1;
    }

    private static boolean isVerb(Token t) {
        return t.pos().startsWith("VB") || t.pos().equals("MD");
    }

    private static boolean inGroup(Token t) {
        return isVerb(t) || t.pos().equals("RB") || t.pos().equals("TO");
    }

    /** The last verb of the group token {@code i} is in: "will" in "will meet" leads to "meet". */
    private static int groupEnd(List<Token> tokens, int i) {
        int end = i;
        while (end + 1 < tokens.size() && inGroup(tokens.get(end + 1)))
            end++;
        while (end > i && !isVerb(tokens.get(end)))
            end--;
        return end;
    }

    private static int groupStart(List<Token> tokens, int end) {
        int start = end;
        while (start > 0 && inGroup(tokens.get(start - 1)))
            start--;
        return start;
    }

    private static Tense ofGroup(List<Token> tokens, int start, int end) {
        boolean perfect = false;
        for (int k = start; k <= end; k++) {
            Token t = tokens.get(k);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (t.pos().equals("MD"))
                return FUTURE_MODALS.contains(word) ? FUTURE : PRESENT;
            if (t.pos().equals("TO") && k < end)
                return INTENDED;
            perfect |= PERFECT.contains(word) && k < end;
        }
        if (perfect || (start == end && tokens.get(start).pos().equals("VBN")))
            return PAST;
        return PRESENT;
    }
}

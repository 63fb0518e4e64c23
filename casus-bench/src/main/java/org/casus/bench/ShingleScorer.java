package org.casus.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's own metric: word tokens, multisets of 4-token shingles, and
 * true/false positives and negatives counted with multiplicity, then normalized so that every page
 * weighs the same whatever its length.
 */
final class ShingleScorer {
    private static final int SHINGLE = 4;

    /** Scores one page; {@code predicted} may be empty (an extractor that gave nothing). */
    PageScore score(String id, String gold, String predicted) {
        List<String> goldTokens = tokens(gold);
        List<String> predictedTokens = tokens(predicted);
        Map<List<String>, Integer> goldShingles = shingles(goldTokens);
        Map<List<String>, Integer> predictedShingles = shingles(predictedTokens);
        long tp = 0;
        long fp = 0;
        for (Map.Entry<List<String>, Integer> e : predictedShingles.entrySet()) {
            int inGold = goldShingles.getOrDefault(e.getKey(), 0);
            tp += Math.min(inGold, e.getValue());
            fp += Math.max(0, e.getValue() - inGold);
        }
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : goldShingles.entrySet())
            fn += Math.max(0, e.getValue() - predictedShingles.getOrDefault(e.getKey(), 0));
        return PageScore.of(id, tp, fp, fn, goldTokens.equals(predictedTokens));
    }

    /** Averages precision and recall over pages; F1 is the harmonic mean of the two averages. */
    static ExtractionScore summarize(List<PageScore> pages) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        for (PageScore p : pages) {
            if (p.tp() + p.fp() > 0) {
                precisionSum += p.precision();
                precisionPages++;
            }
            if (p.tp() + p.fn() > 0) {
                recallSum += p.recall();
                recallPages++;
            }
            if (p.exact())
                exact++;
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionScore(f1, precision, recall, pages.isEmpty() ? 0 : (double) exact / pages.size());
    }

    /**
     * Runs of word characters as Python's {@code re} sees {@code \w} on text: letters, numbers of any
     * kind and the underscore. Java's UNICODE_CHARACTER_CLASS also counts combining marks as word
     * characters, which would split Devanagari or Arabic words differently from the published scores.
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0)
                    start = i;
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0)
            out.add(text.substring(start));
        return out;
    }

    private static boolean isWordChar(int cp) {
        if (cp == '_')
            return true;
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** A text shorter than one shingle counts as a single shingle of all its tokens. */
    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        int count = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < count; i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty())
                out.merge(List.copyOf(shingle), 1, Integer::sum);
        }
        return out;
    }
}

package org.casus.reconcile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The content words of quotes, as sorted word numbers, so that the wording of two mentions can be
 * compared by weighted overlap without strings. Words are lower-cased and cut to their first six letters, a
 * crude stem that lets "rockets"/"rocket" and "attacked"/"attacks" meet. One instance numbers the
 * words of one reconciliation run.
 */
final class QuoteWords {
    private static final int STEM = 6;
    private static final Set<String> STOP = Set.of("the", "and", "that", "this", "with", "from", "have", "has",
            "had", "was", "were", "are", "for", "not", "but", "its", "his", "her", "their", "they", "them", "who",
            "which", "when", "where", "what", "will", "would", "could", "should", "said", "says", "also", "been",
            "into", "after", "before", "over", "than", "then", "there", "these", "those", "about", "other",
            "some", "such", "only", "just", "more", "most", "very", "being", "while", "since", "under", "until",
            "against", "between", "during", "told", "according", "report", "reported", "reports");

    private final Map<String, Integer> numbers = new HashMap<>();
    private int[] quotesWith = new int[64];
    private int quotes;
    private double[] weights;

    /** The sorted, distinct word numbers of {@code quote}. */
    int[] of(String quote) {
        TreeSet<Integer> found = new TreeSet<>();
        int i = 0;
        int n = quote.length();
        while (i < n) {
            while (i < n && !Character.isLetter(quote.charAt(i)))
                i++;
            int start = i;
            while (i < n && Character.isLetter(quote.charAt(i)))
                i++;
            if (i - start < 3)
                continue;
            String word = quote.substring(start, i).toLowerCase(Locale.ROOT);
            if (STOP.contains(word))
                continue;
            String stem = word.length() > STEM ? word.substring(0, STEM) : word;
            found.add(numbers.computeIfAbsent(stem, k -> numbers.size()));
        }
        quotes++;
        for (int w : found) {
            if (w >= quotesWith.length)
                quotesWith = java.util.Arrays.copyOf(quotesWith, Math.max(w + 1, quotesWith.length * 2));
            quotesWith[w]++;
        }
        weights = null;
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The weighted overlap of two sorted word-number arrays: the weight of the shared words over the
     * weight of all, each word weighing its inverse quote frequency, so that sharing "barrage" or a
     * place name counts for more than sharing "attack".
     */
    double overlap(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0)
            return 0;
        double[] w = weights();
        int i = 0;
        int j = 0;
        double shared = 0;
        double all = 0;
        while (i < a.length || j < b.length) {
            if (j >= b.length || i < a.length && a[i] < b[j]) {
                all += w[a[i++]];
            } else if (i >= a.length || b[j] < a[i]) {
                all += w[b[j++]];
            } else {
                shared += w[a[i]];
                all += w[a[i]];
                i++;
                j++;
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    private double[] weights() {
        if (weights == null) {
            double[] w = new double[numbers.size()];
            for (int k = 0; k < w.length; k++)
                w[k] = Math.log(1.0 + quotes / (double) quotesWith[k]);
            weights = w;
        }
        return weights;
    }


}

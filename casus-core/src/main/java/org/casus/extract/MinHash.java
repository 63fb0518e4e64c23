package org.casus.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * A MinHash signature of a text's word 5-shingles: two signatures agree in about the same share of
 * places as the two texts share shingles (their Jaccard similarity).
 */
record MinHash(long[] values) {
    static final int SIZE = 128;
    private static final int SHINGLE = 5;

    static MinHash of(String text) {
        String[] words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        long[] min = new long[SIZE];
        Arrays.fill(min, Long.MAX_VALUE);
        int shingles = Math.max(1, words.length - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = 0xcbf29ce484222325L; // FNV-1a over the shingle's words
            for (int j = i; j < Math.min(i + SHINGLE, words.length); j++) {
                for (int k = 0; k < words[j].length(); k++)
                    h = (h ^ words[j].charAt(k)) * 0x100000001b3L;
                h = (h ^ ' ') * 0x100000001b3L;
            }
            for (int s = 0; s < SIZE; s++) {
                long v = mix(h + s * 0x9e3779b97f4a7c15L);
                if (v < min[s]) min[s] = v;
            }
        }
        return new MinHash(min);
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets. */
    double similarity(MinHash other) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) if (values[i] == other.values[i]) same++;
        return same / (double) SIZE;
    }

    /** A hash of rows {@code [band*rows, band*rows+rows)}, for locality-sensitive lookup. */
    long band(int band, int rows) {
        long h = band;
        for (int i = band * rows; i < band * rows + rows; i++) h = mix(h * 31 + values[i]);
        return h;
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

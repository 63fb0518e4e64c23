package org.casus.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells injected spam lines (keyword stuffing on hacked pages) from prose: spam repeats a few words
 * over and over and carries words from {@code spam-words.txt}.
 */
final class SpamDetector {
    private final Set<String> spamWords = new HashSet<>(new DataFile("spam-words.txt").lines());

    boolean isSpam(String line) {
        String[] words = line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int total = 0;
        int spam = 0;
        Set<String> distinct = new HashSet<>();
        for (String w : words) {
            if (w.isEmpty()) continue;
            total++;
            distinct.add(w);
            if (spamWords.contains(w)) spam++;
        }
        if (total < 6) return false;
        boolean repetitive = total >= 15 && distinct.size() < 0.45 * total;
        boolean sentence = line.matches(".*[.!?\"”]\\s*$");
        return spam >= 3 || (spam >= 2 && !sentence) || (spam >= 1 && repetitive) || (repetitive && !sentence);
    }
}

package org.casus.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells an article's language: by script for non-Latin scripts, otherwise by which language's most
 * frequent words ({@code stopwords.tsv}) the text uses most. Too little text gives no answer.
 */
final class LanguageGuesser {
    private static final int MIN_WORDS = 12;
    private final Map<String, Set<String>> stopwords = new HashMap<>();

    LanguageGuesser() {
        for (String line : new DataFile("stopwords.tsv").lines()) {
            String[] cols = line.split("\t");
            stopwords.put(cols[0], new HashSet<>(java.util.List.of(cols[1].split(" "))));
        }
    }

    Optional<String> guess(String text) {
        String sample = text.length() > 5000 ? text.substring(0, 5000) : text;
        Optional<String> byScript = byScript(sample);
        if (byScript.isPresent()) return byScript;
        String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        if (words.length < MIN_WORDS) return Optional.empty();
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Set<String>> lang : stopwords.entrySet()) {
            int hits = 0;
            for (String w : words) if (lang.getValue().contains(w)) hits++;
            if (hits > bestHits || (hits == bestHits && best != null && lang.getKey().compareTo(best) < 0)) {
                best = lang.getKey();
                bestHits = hits;
            }
        }
        return bestHits * 10 >= words.length ? Optional.ofNullable(best) : Optional.empty();
    }

    private static Optional<String> byScript(String text) {
        Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
        }
        if (letters == 0) return Optional.empty();
        Character.UnicodeScript main = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        return switch (main) {
            case ARABIC -> Optional.of(text.matches("(?s).*[پچژگ].*") ? "fa" : "ar");
            case CYRILLIC -> Optional.of(text.matches("(?s).*[іїєґ].*") ? "uk" : "ru");
            case HEBREW -> Optional.of("he");
            case GREEK -> Optional.of("el");
            case HAN -> Optional.of(counts.containsKey(Character.UnicodeScript.HIRAGANA) ? "ja" : "zh");
            case HIRAGANA, KATAKANA -> Optional.of("ja");
            case HANGUL -> Optional.of("ko");
            case DEVANAGARI -> Optional.of("hi");
            case THAI -> Optional.of("th");
            default -> Optional.empty();
        };
    }
}

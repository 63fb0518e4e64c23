package org.casus.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words SUTime builds time expressions from ({@code time-words.txt}): a sentence with none of
 * them and no digit holds no time expression, so it need not go through SUTime's rules.
 */
final class TimeWords {
    private final Set<String> words = new HashSet<>();

    TimeWords() {
        try (InputStream in = TimeWords.class.getResourceAsStream("time-words.txt")) {
            if (in == null)
                throw new IllegalStateException("time-words.txt is missing beside " + TimeWords.class.getName());
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine())
                if (!line.startsWith("#"))
                    for (String word : line.trim().split("\\s+"))
                        if (!word.isEmpty())
                            words.add(word.toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read time-words.txt", e);
        }
    }

    /** Whether SUTime may find a time expression among {@code tokens}. */
    boolean mayHoldTime(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens)
            if (mayBeTime(token.word()) || token.lemma() != null && mayBeTime(token.lemma()))
                return true;
        return false;
    }

    private boolean mayBeTime(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.chars().anyMatch(Character::isDigit) || named(w))
            return true;
        // "mid-January", "two-year", "9/11" and the like are one token
        for (String part : w.split("[-/]"))
            if (named(part))
                return true;
        return false;
    }

    private boolean named(String w) {
        return words.contains(w) || w.endsWith(".") && words.contains(w.substring(0, w.length() - 1));
    }
}

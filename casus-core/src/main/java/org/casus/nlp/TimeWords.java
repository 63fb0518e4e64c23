package org.casus.nlp;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
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
    /**
     * The number words of CoreNLP's number reader that {@code time-words.txt} lacks: SUTime reads
     * them as numbers too, so a token with one must lie inside the stretch SUTime sees.
     */
    private static final Set<String> NUMBER_WORDS = Set.of("zero", "oh", "score", "gross", "fourty",
            "zeroth", "thousandth", "millionth", "billionth", "trillionth", "hundreth");

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

    /**
     * Whether SUTime or CoreNLP's number rules may read {@code token} as part of a time, number,
     * ordinal or amount: a time word or digit, a cardinal number by its tag, an ordinal, a number
     * word. Money and percentages need a number beside them, so they are found near one of these.
     */
    boolean anchorsNumber(CoreLabel token) {
        String word = token.word();
        return mayBeTime(word) || token.lemma() != null && mayBeTime(token.lemma()) || "CD".equals(token.tag())
                || NumberSequenceClassifier.ORDINAL_PATTERN.matcher(word).matches()
                || NUMBER_WORDS.contains(word.toLowerCase(Locale.ROOT));
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

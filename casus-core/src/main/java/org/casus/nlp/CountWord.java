package org.casus.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How many units a phrase counts: "two", "24", "a", "a couple of". A vague count ("a few",
 * "several") is {@link #VAGUE}, which TIMEX3 writes as X.
 */
final class CountWord {
    static final int VAGUE = -1;

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("a couple of", 2), Map.entry("couple of", 2), Map.entry("a dozen", 12), Map.entry("dozen", 12));
    private static final Set<String> VAGUE_WORDS = Set.of("a few", "few", "several", "some", "many",
            "a number of", "numerous");

    private CountWord() {
    }

    /** The count a phrase states, {@link #VAGUE} for an unstated one; empty when it is no count. */
    static OptionalInt parse(String phrase) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        if (p.matches("\\d{1,4}"))
            return OptionalInt.of(Integer.parseInt(p));
        if (NUMBERS.containsKey(p))
            return OptionalInt.of(NUMBERS.get(p));
        if (VAGUE_WORDS.contains(p))
            return OptionalInt.of(VAGUE);
        return OptionalInt.empty();
    }

    /** The count as a TIMEX3 duration writes it: the number, or X when vague. */
    static String inValue(int count) {
        return count == VAGUE ? "X" : Integer.toString(count);
    }
}

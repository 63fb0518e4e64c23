package org.casus.nlp;

import java.util.Locale;
import java.util.Set;
import org.casus.model.Article;

/**
 * Whether an article is in English, the one language the language layer's models know. Run on
 * Russian, Korean or Portuguese text they still tag every word, and what comes out is noise:
 * names made of inflected words, places that sound like common nouns. Such text also costs several
 * times as much per word, as the tagger weighs every tag for each word it does not know.
 *
 * <p>An article is taken as English unless its letters are mostly of another script (Cyrillic,
 * Hangul, kana...), or its page declares another language and its words bear that out: too few of
 * English's commonest words. A page with no declared language and Latin letters is read, even when
 * it is not prose (a box score, a list): guessing a language from a few words would leave out more
 * English than it saves.
 */
public final class EnglishText {
    /** English's commonest words: a quarter or more of English news prose, a few in any other text. */
    private static final Set<String> COMMON = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for",
            "on", "was", "with", "as", "by", "at", "from", "it", "said", "be", "has", "have", "are", "were", "this",
            "his", "he", "not", "but", "an", "which", "their", "they", "who", "or", "will", "its", "been", "had",
            "would", "after");
    /**
     * The share of common words below which a page declared in another language is taken at its
     * word. English articles of the extraction benchmark start at 0.2; pages in Portuguese,
     * Italian, German or Indonesian stay under 0.14.
     */
    private static final double MIN_COMMON_SHARE = 0.15;
    /** Words read to decide: enough to judge, few enough to cost nothing on a long text. */
    private static final int WORDS_READ = 2000;

    private EnglishText() {
    }

    /** Whether the language layer should read {@code article}. */
    public static boolean reads(Article article) {
        String text = article.text();
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latin++;
            }
        }
        if (letters > 0 && latin * 2 < letters)
            return false;
        boolean declaredOther = article.language()
                .map(l -> !l.toLowerCase(Locale.ROOT).startsWith("en")).orElse(false);
        return !declaredOther || commonShare(text) >= MIN_COMMON_SHARE;
    }

    private static double commonShare(String text) {
        int words = 0;
        int common = 0;
        String start = text.substring(0, Math.min(text.length(), WORDS_READ * 10));
        for (String word : start.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) continue;
            if (COMMON.contains(word)) common++;
            if (++words == WORDS_READ) break;
        }
        return words == 0 ? 0 : (double) common / words;
    }
}

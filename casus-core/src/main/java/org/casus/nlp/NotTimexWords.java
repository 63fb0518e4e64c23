package org.casus.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words SUTime reads as times that TimeML does not mark: ages ("a 6-year-old"), and adverbs and
 * adjectives like "once", "previously" or "quarterly" that only modify a noun or a verb. In the
 * TempEval-3 training data these are left unmarked far more often than marked.
 */
final class NotTimexWords {
    private static final Set<String> WORDS = Set.of("once", "previously", "formerly", "annual", "quarterly",
            "future", "present", "the", "a", "an");
    private static final Pattern AGE = Pattern.compile(".*\\byears?[- ]old\\b.*|.*-years?-old.*");

    private NotTimexWords() {
    }

    static boolean matches(String timexText) {
        String t = timexText.strip().toLowerCase(Locale.ROOT);
        return WORDS.contains(t) || AGE.matcher(t).matches();
    }
}

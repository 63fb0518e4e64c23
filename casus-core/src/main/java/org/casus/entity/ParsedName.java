package org.casus.entity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A name as written, folded and cut into words twice: {@code words} with modifiers and a leading
 * article removed ("the Iran-backed Kataib Hezbollah" to kataib hezbollah), and {@code bare} with
 * titles before the name removed as well ("Brig. Gen. Esmail Ghaani" to esmail ghaani).
 */
record ParsedName(List<String> words, List<String> bare) {
    // "Iran-backed", "U.S.-led", "Hamas-run": they describe the actor without naming it
    private static final Pattern MODIFIER = Pattern.compile(
            "(?<=^|\\s)(?:[a-z0-9]+-)+(?:backed|aligned|allied|linked|affiliated|based|led|sponsored|supported"
                    + "|funded|controlled|run|held|born|dominated|leaning|friendly|designated|armed|trained)(?=\\s|$)"
                    + "|(?<=^|\\s)(?:pro|anti)-\\S+|(?<=^|\\s)(?:ex|then)-");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an)\\s+");

    ParsedName {
        words = List.copyOf(words);
        bare = List.copyOf(bare);
    }

    static ParsedName of(String name, Titles titles) {
        String folded = MODIFIER.matcher(NameFolder.fold(name)).replaceAll(" ").strip();
        folded = LEADING_ARTICLE.matcher(folded).replaceFirst("");
        List<String> words = NameFolder.words(folded);
        return new ParsedName(words, words.subList(titles.nameStart(words), words.size()));
    }

    /** The words joined by single spaces: the key of the exact-alias index. */
    static String joined(List<String> words) {
        return String.join(" ", words);
    }

    boolean isEmpty() {
        return bare.isEmpty();
    }
}

package org.casus.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A name as written, folded and cut into words three ways: {@code whole}, with only a leading
 * article dropped ("the U.S.-led coalition" to us led coalition); {@code words}, with modifiers
 * dropped as well ("the Iran-backed Kataib Hezbollah" to kataib hezbollah); and {@code bare}, with
 * the titles before the name dropped too ("Brig. Gen. Esmail Ghaani" to esmail ghaani). {@code abjad}
 * tells that the name was written in Arabic, Persian or Hebrew script, whose transliteration lacks vowels.
 */
record ParsedName(List<String> whole, List<String> words, List<String> bare, boolean abjad) {
    // "Iran-backed", "U.S.-led", "Hamas-run": they describe the actor without naming it
    private static final Pattern MODIFIER = Pattern.compile(
            "(?<=^|\\s)(?:[a-z0-9]+-)+(?:backed|aligned|allied|linked|affiliated|based|led|sponsored|supported"
                    + "|funded|controlled|run|held|born|dominated|leaning|friendly|designated|armed|trained)(?=\\s|$)"
                    + "|(?<=^|\\s)(?:pro|anti)-\\S+|(?<=^|\\s)(?:ex|then)-");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an)\\s+");

    ParsedName {
        whole = List.copyOf(whole);
        words = List.copyOf(words);
        bare = List.copyOf(bare);
    }

    static ParsedName of(String name, Titles titles) {
        String folded = LEADING_ARTICLE.matcher(NameFolder.fold(name)).replaceFirst("");
        String unmodified = MODIFIER.matcher(folded).replaceAll(" ").strip();
        unmodified = LEADING_ARTICLE.matcher(unmodified).replaceFirst("");
        List<String> words = NameFolder.words(unmodified);
        return new ParsedName(NameFolder.words(folded), words, words.subList(titles.nameStart(words), words.size()),
                NameFolder.isAbjad(name));
    }

    /** The distinct readings to try, the most literal first. */
    List<List<String>> forms() {
        List<List<String>> forms = new ArrayList<>(3);
        for (List<String> form : List.of(whole, words, bare))
            if (!form.isEmpty() && !forms.contains(form)) forms.add(form);
        return forms;
    }

    /** The words joined by single spaces: the key of the exact-alias index. */
    static String joined(List<String> words) {
        return String.join(" ", words);
    }

    boolean isEmpty() {
        return bare.isEmpty();
    }
}

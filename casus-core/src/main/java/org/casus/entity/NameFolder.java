package org.casus.entity;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name as written into lower-case ASCII words: any script is transliterated to Latin and
 * diacritics dropped (Kasım Süleymani, Сергей Лавров), initialisms joined (U.S. to us), apostrophes
 * and possessives removed (Qa'ani to qaani, Nasrallah's to nasrallah). Hyphens are kept so that
 * modifiers such as "Iran-backed" can still be recognised; {@link #words} splits on them.
 */
final class NameFolder {
    private static final Pattern MARKS = Pattern.compile("[\u2018\u2019\u02BC\u02BB\u02BF\u02BE\u0060\u00B4\u2032]");
    private static final Pattern POSSESSIVE = Pattern.compile("'s(?![a-z0-9])");
    private static final Pattern INITIALISM = Pattern.compile("(?<![a-z0-9])[a-z](?:\\.[a-z])+\\.?(?![a-z0-9])");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9\\-]+");
    private static final Pattern SPACE_OR_HYPHEN = Pattern.compile("[\\s\\-]+");
    private static final Pattern HYPHEN_SPACING = Pattern.compile("\\s*-\\s*|-{2,}");
    private static final Pattern LOOSE_HYPHEN = Pattern.compile("(?:^|\\s)-|-(?:\\s|$)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    // Transliterator instances are not documented as thread-safe; one shared instance behind a lock
    // is enough because most names are plain ASCII and never reach it.
    private static Transliterator toAscii;

    private NameFolder() {
    }

    /** The folded form: lower-case ASCII words separated by single spaces, hyphens kept. */
    static String fold(String name) {
        String s = MARKS.matcher(name).replaceAll("'");
        if (!isAscii(s)) s = transliterate(s);
        s = s.toLowerCase(Locale.ROOT);
        if (s.indexOf('\'') >= 0) s = POSSESSIVE.matcher(s).replaceAll("");
        if (s.indexOf('.') >= 0) s = INITIALISM.matcher(s).replaceAll(m -> m.group().replace(".", ""));
        s = s.replace("'", "").replace("&", " and ");
        s = OTHER.matcher(s).replaceAll(" ");
        s = HYPHEN_SPACING.matcher(s).replaceAll("-");
        s = LOOSE_HYPHEN.matcher(s).replaceAll(" ");
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }

    /**
     * Whether the name is written in a script that leaves out most vowels (Arabic, Persian, Hebrew),
     * so that its transliteration has consonants only: Soleimani comes out as slymany.
     */
    static boolean isAbjad(String name) {
        for (int i = 0; i < name.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(name.charAt(i));
            if (script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW
                    || script == Character.UnicodeScript.SYRIAC) return true;
        }
        return false;
    }

    /** The words of a folded name, split at spaces and hyphens. */
    static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        for (String w : SPACE_OR_HYPHEN.split(folded))
            if (!w.isEmpty()) words.add(w);
        return words;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) > 127) return false;
        return true;
    }

    private static synchronized String transliterate(String s) {
        if (toAscii == null) toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        return toAscii.transliterate(s);
    }
}

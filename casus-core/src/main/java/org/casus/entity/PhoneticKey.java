package org.casus.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sound key for names transliterated in different ways: a consonant skeleton with one slot per
 * vowel run. The rules follow what changes between English, French, German and Turkish
 * renderings of Arabic, Persian and Slavic names:
 * <ul>
 *   <li>every vowel run is one slot, so Soleimani, Sulaimani and Süleymani agree;</li>
 *   <li>kh becomes h and gh, q, c, ck become k (Ghaani, Qaani; Khatibzadeh, Hatipzade);</li>
 *   <li>after the first letter b/p, d/t, s/z and f/v/w fall together, because Turkish spells a
 *       final voiced consonant unvoiced (Hatip, Mehmet) while the first letter keeps Biden apart
 *       from Putin;</li>
 *   <li>an h that is not between vowels is silent (Fakhrizadeh, Fahrizade);</li>
 *   <li>a y or Slavic j after a vowel is a vowel (Zelenskyy, Selenskyj);</li>
 *   <li>the Arabic article is dropped (al-Muhandis, Muhandis) and ibn, ben, bn read bin.</li>
 * </ul>
 * Letters are never dropped otherwise, so Iran (aran) and Iraq (arak) stay apart.
 */
final class PhoneticKey {
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "il");
    // the assimilated forms (as-Sadr, ash-Shabaab, ad-Din) are dropped only before their own consonant
    private static final Set<String> SUN_ARTICLES = Set.of(
            "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "esh", "et", "ez");
    private static final Set<String> SON_OF = Set.of("ibn", "ben", "bn", "bin");

    private PhoneticKey() {
    }

    /** The key of a whole name: the keys of its words, articles left out, run together. */
    static String of(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String w : significant(words)) key.append(word(w));
        return collapse(key);
    }

    /** The words that carry the name: articles dropped, "abd al" joined, ibn/ben read as bin. */
    static List<String> significant(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (ARTICLES.contains(w) && !next.isEmpty()) {
                if (!out.isEmpty() && out.get(out.size() - 1).equals("abd")) out.set(out.size() - 1, "abdal");
                continue;
            }
            if (SUN_ARTICLES.contains(w) && !next.isEmpty() && next.startsWith(w.substring(1))) continue;
            out.add(SON_OF.contains(w) ? "bin" : w);
        }
        return out;
    }

    /** The key of one folded word. */
    static String word(String w) {
        StringBuilder out = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            char after = i + 2 < n ? w.charAt(i + 2) : 0;
            boolean first = i == 0;
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> out.append('a');
                case 'y' -> out.append(first && isVowel(next) ? 'j' : 'a');
                case 'j' -> out.append(endsWithVowel(out) && !isVowel(next) ? 'a' : 'j');
                case 'k' -> {
                    if (next == 'h') { out.append('h'); i++; } else out.append('k');
                }
                case 'g' -> {
                    out.append('k');
                    if (next == 'h') i++;
                }
                case 'q' -> out.append('k');
                case 'c' -> {
                    if (next == 'h') { out.append('c'); i++; }
                    else if (next == 'k') { out.append('k'); i++; }
                    else out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
                }
                case 't' -> {
                    if (next == 'c' && after == 'h') { out.append('c'); i += 2; }
                    else {
                        out.append('t');
                        if (next == 'h') i++;
                    }
                }
                case 'd' -> {
                    if (next == 'j') { out.append('j'); i++; }
                    else if (next == 'z' && after == 'h') { out.append('j'); i += 2; }
                    else {
                        out.append(first ? 'd' : 't');
                        if (next == 'h') i++;
                    }
                }
                case 'b' -> out.append(first ? 'b' : 'p');
                case 'p' -> {
                    if (next == 'h') { out.append(first ? 'f' : 'v'); i++; } else out.append('p');
                }
                case 's' -> {
                    out.append('s');
                    if (next == 'h') i++;
                    else if (next == 'c' && after == 'h') i += 2;
                }
                case 'z' -> {
                    if (next == 'h') { out.append('j'); i++; } else out.append('s');
                }
                case 'v', 'w' -> out.append('v');
                case 'f' -> out.append(first ? 'f' : 'v');
                case 'x' -> out.append(first ? "s" : "ks");
                default -> out.append(c); // h, l, m, n, r and digits
            }
        }
        return collapse(silenceH(out));
    }

    // an h is heard only at the start of a word or between vowels, before a vowel
    private static StringBuilder silenceH(StringBuilder s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'h') {
                boolean beforeVowel = i + 1 < s.length() && s.charAt(i + 1) == 'a';
                boolean afterVowelOrStart = i == 0 || s.charAt(i - 1) == 'a';
                if (!beforeVowel || !afterVowelOrStart) continue;
            }
            out.append(c);
        }
        return out;
    }

    private static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++)
            if (out.length() == 0 || out.charAt(out.length() - 1) != s.charAt(i)) out.append(s.charAt(i));
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static boolean endsWithVowel(StringBuilder s) {
        return s.length() > 0 && s.charAt(s.length() - 1) == 'a';
    }
}

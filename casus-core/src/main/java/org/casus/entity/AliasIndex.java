package org.casus.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer's names by folded spelling, by sound key and, for people, by first and last name,
 * so a lookup is a few hash probes rather than a scan of every row.
 */
final class AliasIndex {
    /** Actors found for a name and how. */
    record Hits(List<Actor> actors, MatchKind kind) {
        static final Hits NONE = new Hits(List.of(), MatchKind.ALIAS);

        boolean isUnique() {
            return actors.size() == 1;
        }

        boolean onlyPeople() {
            return actors.stream().allMatch(a -> a.type() == ActorType.PERSON);
        }
    }

    // shorter keys (UN, US, EU, IS) sound like too many other things to be matched by sound
    private static final int MIN_SOUND_KEY = 4;

    private final Map<String, Set<Actor>> exact = new HashMap<>();
    private final Map<String, Set<Actor>> sound = new HashMap<>();
    private final Map<String, Set<Actor>> firstLast = new HashMap<>();
    private final Map<String, Set<Actor>> consonants = new HashMap<>();

    AliasIndex(Gazetteer gazetteer, Titles titles) {
        for (Actor actor : gazetteer.actors())
            for (String name : actor.names()) {
                List<String> words = ParsedName.of(name, titles).whole();
                if (words.isEmpty()) continue;
                add(exact, ParsedName.joined(words), actor);
                if (!isAbbreviation(name)) {
                    String key = PhoneticKey.of(words);
                    if (key.length() >= MIN_SOUND_KEY) add(sound, key, actor);
                    String skeleton = consonants(key);
                    if (skeleton.length() >= MIN_SOUND_KEY) add(consonants, skeleton, actor);
                }
                if (actor.type() == ActorType.PERSON) {
                    String fl = firstLastKey(words);
                    if (fl != null) add(firstLast, fl, actor);
                }
            }
    }

    /**
     * The actors named by these words: by spelling, then as a plural, then by sound; for a name
     * transliterated from a script without vowels, by consonants alone as a last resort.
     */
    Hits lookup(List<String> words, boolean abjad) {
        Hits hits = lookup(words);
        if (!hits.actors().isEmpty() || !abjad) return hits;
        String skeleton = consonants(PhoneticKey.of(words));
        return skeleton.length() >= MIN_SOUND_KEY ? hits(consonants.get(skeleton), MatchKind.PHONETIC) : Hits.NONE;
    }

    /** The actors named by these words: by spelling, then as a plural, then by sound. */
    private static final int MIN_SINGLE_WORD_BY_SOUND = 7;

    Hits lookup(List<String> words) {
        Hits hits = spelled(words);
        if (!hits.actors().isEmpty()) return hits;
        String key = PhoneticKey.of(words);
        // one short word sounds like too many others (Shiite and Saudi, Quds and Katz)
        boolean longEnough = words.size() > 1 || words.get(0).length() >= MIN_SINGLE_WORD_BY_SOUND;
        if (key.length() >= MIN_SOUND_KEY && longEnough) {
            hits = hits(sound.get(key), MatchKind.PHONETIC);
            if (!hits.actors().isEmpty()) return hits;
        }
        String fl = firstLastKey(words);
        if (fl != null) {
            hits = hits(firstLast.get(fl), MatchKind.PHONETIC);
            if (!hits.actors().isEmpty()) return hits;
        }
        List<String> noInitials = words.stream().filter(w -> w.length() > 1).toList();
        if (noInitials.size() < words.size() && !noInitials.isEmpty()) return lookup(noInitials);
        return Hits.NONE;
    }

    /** The actors whose name or alias is spelled like this, or like its singular (Iranians, Houthis). */
    Hits spelled(List<String> words) {
        Hits hits = hits(exact.get(ParsedName.joined(words)), MatchKind.ALIAS);
        if (!hits.actors().isEmpty()) return hits;
        String last = words.get(words.size() - 1);
        if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")) {
            List<String> singular = new ArrayList<>(words);
            singular.set(singular.size() - 1, last.substring(0, last.length() - 1));
            return hits(exact.get(ParsedName.joined(singular)), MatchKind.ALIAS);
        }
        return Hits.NONE;
    }

    // the sound key without vowel slots and h, which abjad transliterations place differently:
    // qasm slymany and Qassem Soleimani both give ksmslmn
    private static String consonants(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != 'a' && c != 'h' && (out.length() == 0 || out.charAt(out.length() - 1) != c)) out.append(c);
        }
        return out.toString();
    }

    /** First and last significant word keys of a name of two or more words, else null. */
    static String firstLastKey(List<String> words) {
        List<String> sig = PhoneticKey.significant(words).stream().filter(w -> w.length() > 1).toList();
        if (sig.size() < 2) return null;
        return PhoneticKey.word(sig.get(0)) + "|" + PhoneticKey.word(sig.get(sig.size() - 1));
    }

    private static boolean isAbbreviation(String name) {
        String letters = name.replaceAll("[^\\p{L}]", "");
        return letters.length() <= 6 && !letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !name.contains(" ");
    }

    private static Hits hits(Set<Actor> actors, MatchKind kind) {
        return actors == null ? Hits.NONE : new Hits(List.copyOf(actors), kind);
    }

    private static void add(Map<String, Set<Actor>> map, String key, Actor actor) {
        map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(actor);
    }
}

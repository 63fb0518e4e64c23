package org.casus.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words that name a part of a country or the people of a group ({@code sectors.tsv}): "military",
 * "embassy", "security forces", "officials", "fighters". "Iranian military" is Iran's military, and
 * "Hezbollah fighters" are Hezbollah.
 */
final class SectorNames {
    /**
     * One sector phrase.
     *
     * @param type     the type of the country's body it names, or null when it names no body of a
     *                 country (fighters of a country are not a body of it)
     * @param suffixes id suffixes to try, in order, for the country's row ({@code irn-mfa}, {@code irn-gov})
     * @param cameo    the CAMEO type code a country's body of this kind gets ({@code GOV}, {@code MIL})
     * @param label    what to call the body when the gazetteer has no row for it
     */
    record Sector(ActorType type, List<String> suffixes, String cameo, String label) {
    }

    /** A name cut into the actor it is about and the sector phrase. */
    record Split(List<String> head, Sector sector) {
    }

    private final Map<String, Sector> byPhrase = new HashMap<>();
    private int longest;

    SectorNames() {
        for (String line : new DataLines("sectors.tsv").read()) {
            String[] cols = line.split("\t", -1);
            if (cols.length != 5)
                throw new IllegalStateException("sectors.tsv: want 5 columns in '" + line + "'");
            ActorType type = cols[1].equals("-") ? null : ActorType.valueOf(cols[1].toUpperCase(Locale.ROOT));
            Sector sector = new Sector(type, List.of(cols[2].split("\\|")), cols[3], cols[4]);
            for (String phrase : cols[0].split("\\|")) {
                List<String> words = NameFolder.words(NameFolder.fold(phrase));
                byPhrase.put(String.join(" ", words), sector);
                longest = Math.max(longest, words.size());
            }
        }
    }

    /** The one-word sector phrases ("militia", "embassy"), lower-case. */
    Set<String> singleWords() {
        Set<String> single = new HashSet<>();
        for (String phrase : byPhrase.keySet())
            if (!phrase.contains(" ")) single.add(phrase);
        return single;
    }

    /**
     * The ways to read {@code words} as actor plus sector: "iranian military", "government of iraq",
     * "us embassy in baghdad". Longer sector phrases come first.
     */
    List<Split> splits(List<String> words) {
        int in = words.indexOf("in");
        if (in > 0) words = words.subList(0, in);
        List<Split> splits = new ArrayList<>();
        for (int n = Math.min(longest, words.size() - 1); n >= 1; n--) {
            Sector tail = byPhrase.get(String.join(" ", words.subList(words.size() - n, words.size())));
            if (tail != null) splits.add(new Split(words.subList(0, words.size() - n), tail));
            if (words.size() > n + 1 && words.get(n).equals("of")) {
                Sector head = byPhrase.get(String.join(" ", words.subList(0, n)));
                List<String> rest = words.subList(n + 1, words.size());
                if (rest.get(0).equals("the") && rest.size() > 1) rest = rest.subList(1, rest.size());
                if (head != null) splits.add(new Split(rest, head));
            }
        }
        return splits;
    }
}

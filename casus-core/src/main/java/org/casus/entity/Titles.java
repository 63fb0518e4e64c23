package org.casus.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Titles, ranks, honorifics and descriptive words that stand before a name ({@code titles.txt}):
 * "Brig. Gen.", "Secretary of State", "Ayatollah", "former". Multi-word titles are matched whole.
 */
final class Titles {
    // a title followed by these words is part of a longer phrase ("Commander of the Quds Force")
    private static final Set<String> LINKS = Set.of("of", "for", "and", "to", "in", "at", "on", "from", "s");

    private final Set<String> titles = new HashSet<>();
    private int longest;

    Titles() {
        for (String line : new DataLines("titles.txt").read()) {
            List<String> words = NameFolder.words(NameFolder.fold(line));
            titles.add(String.join(" ", words));
            longest = Math.max(longest, words.size());
        }
    }

    /**
     * Where the name starts: just after the last title that has a name after it, so that
     * "Quds Force commander Brig. Gen. Esmail Qaani" starts at "Esmail". 0 when there is no title.
     */
    int nameStart(List<String> words) {
        for (int end = words.size() - 1; end >= 1; end--) {
            if (LINKS.contains(words.get(end))) continue;
            for (int start = Math.max(0, end - longest); start < end; start++)
                if (titles.contains(String.join(" ", words.subList(start, end)))) return end;
        }
        return 0;
    }
}

package org.casus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Article;

/**
 * Finds articles that copy an earlier one (syndicated copies, reposts with a new headline or a
 * changed sentence) by MinHash over word shingles, looked up by locality-sensitive hashing so that
 * each article is compared only with likely copies, never with all. A report that retells another
 * outlet's story in its own words shares few shingles with it and is not a duplicate.
 */
public final class DuplicateIndex {
    /** Share of shared shingles above which one text is taken for a copy of the other. */
    static final double COPY_SIMILARITY = 0.5;
    private static final int BANDS = 32;
    private static final int ROWS = MinHash.SIZE / BANDS;

    private final List<Map<Long, List<Entry>>> buckets = new ArrayList<>();
    /** Every indexed id and the original it copies, so that re-reading an article changes nothing. */
    private final Map<String, Optional<String>> known = new HashMap<>();

    private record Entry(String id, MinHash signature) {
    }

    public DuplicateIndex() {
        for (int b = 0; b < BANDS; b++) buckets.add(new HashMap<>());
    }

    /**
     * Returns {@code article} marked as a copy of the most similar article indexed before it, if
     * there is one, and indexes it. An article indexed before under the same id keeps the answer it got then.
     */
    public synchronized Article mark(Article article) {
        Optional<String> seen = known.get(article.id());
        if (seen != null)
            return seen.map(article::asDuplicateOf).orElse(article);
        MinHash signature = MinHash.of(article.title() + "\n" + article.text());
        // a copy of a copy points at the first report
        Optional<String> original = closest(signature).map(Entry::id).map(id -> known.get(id).orElse(id));
        add(new Entry(article.id(), signature), original);
        return original.map(article::asDuplicateOf).orElse(article);
    }

    /** Indexes an article stored by an earlier run, keeping the original it was found to copy. */
    public synchronized void remember(Article stored) {
        if (!known.containsKey(stored.id()))
            add(new Entry(stored.id(), MinHash.of(stored.title() + "\n" + stored.text())), stored.duplicateOf());
    }

    private Optional<Entry> closest(MinHash signature) {
        Entry best = null;
        double bestSimilarity = COPY_SIMILARITY;
        for (int b = 0; b < BANDS; b++) {
            for (Entry e : buckets.get(b).getOrDefault(signature.band(b, ROWS), List.of())) {
                double s = e.signature().similarity(signature);
                if (s >= bestSimilarity && (best == null || s > bestSimilarity)) {
                    best = e;
                    bestSimilarity = s;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private void add(Entry entry, Optional<String> original) {
        known.put(entry.id(), original);
        for (int b = 0; b < BANDS; b++)
            buckets.get(b).computeIfAbsent(entry.signature().band(b, ROWS), k -> new ArrayList<>()).add(entry);
    }
}

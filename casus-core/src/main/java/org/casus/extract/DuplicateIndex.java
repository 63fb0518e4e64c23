package org.casus.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Article;

/**
 * Finds articles that copy another (syndicated copies, reposts with a new headline or a changed
 * sentence) by MinHash over word shingles, looked up by locality-sensitive hashing so that each
 * article is compared only with likely copies, never with all. A report that retells another
 * outlet's story in its own words shares few shingles with it and is not a duplicate.
 *
 * <p>Of two copies, the original is the one the other credits ("By Meridian Wire" on a reprint),
 * else the one published first, else the one read first. When a later article turns out to be the
 * original, the copies found earlier are handed back re-pointed at it.
 */
public final class DuplicateIndex {
    /** Share of shared shingles above which one text is taken for a copy of the other. */
    static final double COPY_SIMILARITY = 0.5;
    private static final int BANDS = 32;
    private static final int ROWS = MinHash.SIZE / BANDS;
    private static final int CREDIT_CHARS = 400;

    private final List<Map<Long, List<Entry>>> buckets = new ArrayList<>();
    /** Every indexed article, so that re-reading one changes nothing. */
    private final Map<String, Entry> known = new HashMap<>();
    /** The copies found of each original, by the original's id. */
    private final Map<String, List<Entry>> copies = new HashMap<>();

    /**
     * What {@link #mark} found.
     *
     * @param article    the article, marked when it copies an earlier one
     * @param repointed  earlier articles (id to new original id) that turned out to copy this one
     */
    public record Marking(Article article, Map<String, String> repointed) {
        public Marking {
            repointed = Map.copyOf(repointed);
        }
    }

    private static final class Entry {
        final String id;
        final MinHash signature;
        final Optional<LocalDate> published;
        final Optional<String> outlet;
        /** Byline and lead, lower-cased: where a reprint credits its source. */
        final String credits;
        Optional<String> original;

        Entry(Article a, MinHash signature) {
            this.id = a.id();
            this.signature = signature;
            this.published = a.published();
            this.outlet = a.outlet().map(o -> o.toLowerCase(Locale.ROOT));
            String lead = a.text().substring(0, Math.min(CREDIT_CHARS, a.text().length()));
            this.credits = (a.byline().orElse("") + "\n" + lead).toLowerCase(Locale.ROOT);
            this.original = a.duplicateOf();
        }

        boolean credits(Entry other) {
            return other.outlet.filter(o -> !outlet.equals(other.outlet) && credits.contains(o)).isPresent();
        }

        /** Whether {@code this} is the original of the pair rather than {@code other}. */
        boolean isOriginalOf(Entry other) {
            if (other.credits(this) != credits(other)) return other.credits(this);
            if (published.isPresent() && other.published.isPresent() && !published.equals(other.published))
                return published.get().isBefore(other.published.get());
            return false;
        }
    }

    public DuplicateIndex() {
        for (int b = 0; b < BANDS; b++) buckets.add(new HashMap<>());
    }

    /** Indexes {@code article} and tells whether it copies, or is the original of, one indexed before. */
    public synchronized Marking mark(Article article) {
        Entry seen = known.get(article.id());
        if (seen != null)
            return new Marking(seen.original.map(article::asDuplicateOf).orElse(article), Map.of());
        Entry entry = new Entry(article, MinHash.of(article.title() + "\n" + article.text()));
        Optional<Entry> match = closest(entry.signature);
        add(entry);
        if (match.isEmpty())
            return new Marking(article, Map.of());
        Entry other = known.get(match.get().original.orElse(match.get().id));
        if (!entry.isOriginalOf(other)) {
            copy(entry, other);
            return new Marking(article.asDuplicateOf(other.id), Map.of());
        }
        // the new article is the first report: the old original and its copies now point to it
        Map<String, String> repointed = new HashMap<>();
        List<Entry> moved = new ArrayList<>(copies.getOrDefault(other.id, List.of()));
        moved.add(other);
        copies.remove(other.id);
        for (Entry e : moved) {
            copy(e, entry);
            repointed.put(e.id, entry.id);
        }
        return new Marking(article, repointed);
    }

    /** Indexes an article stored by an earlier run, keeping the original it was found to copy. */
    public synchronized void remember(Article stored) {
        if (!known.containsKey(stored.id()))
            add(new Entry(stored, MinHash.of(stored.title() + "\n" + stored.text())));
    }

    private Optional<Entry> closest(MinHash signature) {
        Entry best = null;
        double bestSimilarity = COPY_SIMILARITY;
        for (int b = 0; b < BANDS; b++) {
            for (Entry e : buckets.get(b).getOrDefault(signature.band(b, ROWS), List.of())) {
                double s = e.signature.similarity(signature);
                if (s > bestSimilarity || (best == null && s >= bestSimilarity)) {
                    best = e;
                    bestSimilarity = s;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private void copy(Entry copy, Entry original) {
        copy.original = Optional.of(original.id);
        copies.computeIfAbsent(original.id, k -> new ArrayList<>()).add(copy);
    }

    private void add(Entry entry) {
        known.put(entry.id, entry);
        entry.original.ifPresent(o -> copies.computeIfAbsent(o, k -> new ArrayList<>()).add(entry));
        for (int b = 0; b < BANDS; b++)
            buckets.get(b).computeIfAbsent(entry.signature.band(b, ROWS), k -> new ArrayList<>()).add(entry);
    }
}

package org.casus.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A story as the story grouper keeps it between runs, so that articles read later join the stories
 * of earlier runs without comparing them with every earlier article again.
 *
 * @param story        the story itself
 * @param centroidSum  the sum of the embeddings of its articles that were embedded (copies are not);
 *                     the centroid is this sum divided by {@code embedded}. The array is the
 *                     profile's own: it is copied in and out.
 * @param embedded     how many embeddings {@code centroidSum} adds up, at least 1
 * @param actorArticles for each actor entity id, how many of the story's embedded articles name it
 */
public record StoryProfile(Story story, float[] centroidSum, int embedded, Map<String, Integer> actorArticles) {
    public StoryProfile {
        Objects.requireNonNull(story, "story");
        if (centroidSum.length == 0)
            throw new IllegalArgumentException("story " + story.id() + " has an empty centroid");
        if (embedded < 1)
            throw new IllegalArgumentException("story " + story.id() + " adds up " + embedded + " embeddings");
        centroidSum = centroidSum.clone();
        actorArticles = Collections.unmodifiableMap(new TreeMap<>(actorArticles));
    }

    @Override
    public float[] centroidSum() {
        return centroidSum.clone();
    }

    /**
     * The {@code limit} actors named by the most articles, most-named first, ties in id order: the
     * {@link Story#actors()} of a story with these counts.
     */
    public static List<String> mostNamed(Map<String, Integer> actorArticles, int limit) {
        return actorArticles.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /** Equal when the stories, counts and centroid values are: the array is compared by content. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StoryProfile p && story.equals(p.story) && embedded == p.embedded
                && Arrays.equals(centroidSum, p.centroidSum) && actorArticles.equals(p.actorArticles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(story, embedded, Arrays.hashCode(centroidSum), actorArticles);
    }

    @Override
    public String toString() {
        return "StoryProfile[" + story + ", embedded=" + embedded + ", actors=" + actorArticles + "]";
    }
}

package org.casus.reconcile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.casus.model.Article;
import org.casus.model.Story;
import org.casus.model.StoryProfile;

/** One story while the grouper builds it: the running centroid, actor counts and dates. */
final class GroupedStory {
    /** A label longer than this is cut at a word. */
    static final int LABEL_LENGTH = 90;

    private final String id;
    private String label;
    private final TreeSet<String> articles;
    private LocalDate first;
    private LocalDate last;
    private final float[] sum;
    private int embedded;
    private final Map<String, Integer> actors;
    /** The length of the centroid vector, and the squared length of the actor share vector, kept current. */
    private double sumNorm;
    private double actorNormSquared;

    private GroupedStory(String id, String label, Set<String> articles, LocalDate first, LocalDate last,
                         float[] sum, int embedded, Map<String, Integer> actors) {
        this.id = id;
        this.label = label;
        this.articles = new TreeSet<>(articles);
        this.first = first;
        this.last = last;
        this.sum = sum;
        this.embedded = embedded;
        this.actors = new HashMap<>(actors);
        refreshNorms();
    }

    /** A story started by {@code article}. */
    static GroupedStory startedBy(Article article, float[] embedding, Set<String> actorIds) {
        GroupedStory story = new GroupedStory(Story.idFor(article.id()), "", Set.of(), null, null,
                new float[embedding.length], 0, Map.of());
        story.add(article, embedding, actorIds);
        return story;
    }

    /** A story saved by an earlier run, to go on with. */
    static GroupedStory resumed(StoryProfile profile) {
        Story s = profile.story();
        return new GroupedStory(s.id(), s.label(), Set.copyOf(s.articles()), s.first().orElse(null),
                s.last().orElse(null), profile.centroidSum(), profile.embedded(), profile.actorArticles());
    }

    String id() {
        return id;
    }

    Set<String> articles() {
        return articles;
    }

    /** Adds an embedded article: it moves the centroid and counts its actors. */
    void add(Article article, float[] embedding, Set<String> actorIds) {
        if (embedding.length != sum.length)
            throw new IllegalArgumentException("article " + article.id() + " has an embedding of "
                    + embedding.length + " dimensions, the story " + sum.length);
        for (int i = 0; i < sum.length; i++) sum[i] += embedding[i];
        embedded++;
        for (String actor : actorIds) actors.merge(actor, 1, Integer::sum);
        refreshNorms();
        addCopy(article);
    }

    /** Adds an article that copies one of the story's: it tells nothing new, so only its id and date count. */
    void addCopy(Article article) {
        articles.add(article.id());
        article.published().ifPresent(date -> {
            if (first == null || date.isBefore(first)) first = date;
            if (last == null || date.isAfter(last)) last = date;
        });
        if (label.isEmpty()) label = shortened(article.title().strip());
    }

    /** How well {@code embedding} fits the story's centroid: their cosine; 0 for an empty vector. */
    double cosine(float[] embedding) {
        if (sumNorm == 0) return 0;
        double dot = 0;
        for (int i = 0; i < sum.length; i++) dot += sum[i] * embedding[i];
        return dot / sumNorm;
    }

    /**
     * The cosine between the article's actors (each counted once) and the story's actor shares
     * (the fraction of its articles naming each); 0 when either side names none.
     */
    double actorCosine(Set<String> actorIds) {
        if (actorIds.isEmpty() || actorNormSquared == 0) return 0;
        double shared = 0;
        for (String actor : actorIds) shared += actors.getOrDefault(actor, 0);
        return shared / embedded / Math.sqrt(actorIds.size() * actorNormSquared);
    }

    /** How many days {@code date} lies outside the story's dates; 0 inside them or when a date is unknown. */
    long daysOutside(Optional<LocalDate> date) {
        if (date.isEmpty() || first == null) return 0;
        if (date.get().isBefore(first)) return ChronoUnit.DAYS.between(date.get(), first);
        if (date.get().isAfter(last)) return ChronoUnit.DAYS.between(last, date.get());
        return 0;
    }

    /** The story as the store keeps it. */
    StoryProfile profile() {
        Story story = new Story(id, label, articles.stream().toList(), Optional.ofNullable(first),
                Optional.ofNullable(last), StoryProfile.mostNamed(actors, Story.TOP_ACTORS));
        return new StoryProfile(story, sum, Math.max(embedded, 1), actors);
    }

    private void refreshNorms() {
        double s = 0;
        for (float v : sum) s += (double) v * v;
        sumNorm = Math.sqrt(s);
        double a = 0;
        for (int count : actors.values()) {
            double share = (double) count / Math.max(embedded, 1);
            a += share * share;
        }
        actorNormSquared = a;
    }

    /** The headline, cut at a word when it is long. */
    static String shortened(String title) {
        if (title.length() <= LABEL_LENGTH) return title;
        int cut = title.lastIndexOf(' ', LABEL_LENGTH);
        return (cut > LABEL_LENGTH / 2 ? title.substring(0, cut) : title.substring(0, LABEL_LENGTH)).strip() + "…";
    }
}

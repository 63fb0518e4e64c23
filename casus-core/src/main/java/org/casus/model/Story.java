package org.casus.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a group of articles is about: one story, told by one or many outlets over days or weeks.
 *
 * @param id        stable: derived from the id of the article that started the story, so the same
 *                  input read in the same order gives the same story ids
 * @param label     a short title taken from the story's articles; may be empty when none has a headline
 * @param articles  ids of the articles that tell it, copies included, sorted
 * @param first     the earliest publication date among its articles; empty when none is known
 * @param last      the latest publication date among its articles; empty when none is known
 * @param actors    entity ids of the actors its articles name most, most-named first
 */
public record Story(String id, String label, List<String> articles, Optional<LocalDate> first,
                    Optional<LocalDate> last, List<String> actors) {
    /** How many actors a story lists as its own, at most. */
    public static final int TOP_ACTORS = 5;

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (id.isBlank())
            throw new IllegalArgumentException("a story needs an id");
        articles = articles.stream().sorted().distinct().toList();
        actors = List.copyOf(actors);
        if (articles.isEmpty())
            throw new IllegalArgumentException("story " + id + " has no articles");
        if (first.isPresent() != last.isPresent() || first.filter(f -> f.isAfter(last.get())).isPresent())
            throw new IllegalArgumentException("story " + id + " has dates out of order: " + first + ", " + last);
    }

    /** The id of a story started by article {@code articleId}. */
    public static String idFor(String articleId) {
        return "story-" + articleId;
    }
}

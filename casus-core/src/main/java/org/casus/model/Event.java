package org.casus.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One event reconciled across articles and outlets: the mentions that tell of it, the values the
 * independent sources agree on, how well it is corroborated, where the sources contradict each
 * other, and which source each article counts as.
 *
 * @param id             stable: "e" + the id of its earliest mention (by publication date, article,
 *                       sentence), so that later reports joining the event do not change it
 * @param type           the CAMEO event type most independent sources give
 * @param source         the entity id of who did it, by vote of the sources saying it happened
 * @param target         the entity id of whom it was done to, by vote
 * @param location       where it happened, as most sources write it
 * @param date           the TIMEX3 value most sources give ("2020-11-17", "2020-W47"); empty when none does
 * @param datePrecision  the calendar unit of {@code date}; {@link Precision#UNKNOWN} without a date
 * @param quantities     counts by vote (rockets, killed, ...); keys in sorted order
 * @param modality       {@link Modality#ASSERTED} or {@link Modality#REPORTED} when at least one
 *                       source says it happened, else what most sources say (DENIED, THREATENED, ...)
 * @param mentions       ids of its mentions, in order of publication, article and sentence
 * @param articles       ids of the articles that tell of it, sorted
 * @param outlets        the outlets of those articles, sorted; articles without a known outlet add none
 * @param corroboration  how many articles and how many independent sources tell of it
 * @param contradictions the fields on which sources disagree, with the articles behind each value
 * @param lineage        for each article, which independent source it counts as and why, in the
 *                       order of {@code articles}
 */
public record Event(String id, EventType type, Optional<String> source, Optional<String> target,
                    Optional<String> location, Optional<String> date, Precision datePrecision,
                    Map<String, Long> quantities, Modality modality, List<String> mentions, List<String> articles,
                    List<String> outlets, Corroboration corroboration, List<Contradiction> contradictions,
                    List<SourceLineage> lineage) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(datePrecision, "datePrecision");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(corroboration, "corroboration");
        if (date.isEmpty() && datePrecision != Precision.UNKNOWN)
            throw new IllegalArgumentException("event " + id + ": date precision " + datePrecision + " without a date");
        quantities = Collections.unmodifiableSortedMap(new TreeMap<>(quantities));
        mentions = List.copyOf(mentions);
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
        contradictions = List.copyOf(contradictions);
        lineage = List.copyOf(lineage);
        if (mentions.isEmpty())
            throw new IllegalArgumentException("event " + id + " has no mentions");
        if (corroboration.articles() != articles.size())
            throw new IllegalArgumentException("event " + id + ": corroboration counts " + corroboration.articles()
                    + " articles, but it has " + articles.size());
        if (lineage.size() != articles.size())
            throw new IllegalArgumentException("event " + id + ": lineage for " + lineage.size() + " of "
                    + articles.size() + " articles");
    }

    /** The CAMEO code, such as "194". */
    public String code() {
        return type.code();
    }

    /** Whether the sources, taken together, say it took place. */
    public boolean happened() {
        return modality.happened();
    }
}

package org.casus.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Article;
import org.casus.model.Event;
import org.casus.model.EventTimeline;
import org.casus.model.Precision;
import org.casus.model.TimelineEntry;

/**
 * Orders events by their dates, with the precision each date has: an event dated "2020-11" starts
 * on the first of November and covers the month, and sorts after an event of 1 November but before
 * those of 2 to 30 November. Entries are ordered by the earliest day they can have happened, then by
 * the latest: the sources say no more than "some day in November", and nothing that is known to
 * have come after it is put before it. The place is therefore not a claim that it came first in the
 * month; each entry keeps its span and {@link Precision}, so that a briefing can show "November
 * 2020" rather than a day. Events
 * that ended long before the earliest article of the story ({@link #BACKGROUND_DAYS} days or more)
 * are history the articles recall and go in a place of their own.
 */
public final class Timeline {
    /** How many days before the first article an event must end to be background. */
    public static final int BACKGROUND_DAYS = 60;

    private Timeline() {
    }

    /**
     * The timeline of {@code events}.
     *
     * @param events   events of one story (or of all, taken as one)
     * @param articles their articles, whose earliest publication day starts the story's own time;
     *                 without publication days nothing is background
     */
    public static EventTimeline of(Collection<Event> events, Collection<Article> articles) {
        Map<String, LocalDate> published = new HashMap<>();
        for (Article a : articles)
            a.published().ifPresent(d -> published.put(a.id(), d));
        Optional<LocalDate> start = events.stream().flatMap(e -> e.articles().stream())
                .map(published::get).filter(d -> d != null).min(Comparator.naturalOrder());
        List<TimelineEntry> entries = new ArrayList<>();
        List<TimelineEntry> background = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        for (Event e : events) {
            Optional<DateRange> range = e.date().flatMap(DateRange::of);
            if (range.isEmpty()) {
                undated.add(e.id());
                continue;
            }
            DateRange r = range.get();
            boolean old = start.map(s -> r.last().isBefore(s.minusDays(BACKGROUND_DAYS))).orElse(false);
            TimelineEntry entry = new TimelineEntry(e.id(), r.first(), r.last(), e.datePrecision(), old);
            (old ? background : entries).add(entry);
        }
        Comparator<TimelineEntry> order = Comparator.comparing(TimelineEntry::first)
                .thenComparing(TimelineEntry::last).thenComparing(TimelineEntry::event);
        entries.sort(order);
        background.sort(order);
        undated.sort(Comparator.naturalOrder());
        return new EventTimeline(entries, background, undated);
    }

    /** Whether a precision is fine enough to place an event on one day. */
    static boolean daily(Precision p) {
        return p == Precision.DAY || p == Precision.HOUR || p == Precision.MINUTE;
    }
}

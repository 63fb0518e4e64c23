package org.casus.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event placed in time.
 *
 * @param event      the event's id
 * @param first      the first day its date covers
 * @param last       the last day its date covers: the same day for a DAY date, the month's end for a MONTH
 * @param precision  the calendar unit of its date
 * @param background whether it happened long before the articles that tell of it, as earlier
 *                   history they recall (a killing in January recalled in a November story)
 */
public record TimelineEntry(String event, LocalDate first, LocalDate last, Precision precision, boolean background) {
    public TimelineEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(precision, "precision");
        if (last.isBefore(first))
            throw new IllegalArgumentException("event " + event + " ends before it starts: " + first + ".." + last);
    }
}

package org.casus.model;

import java.util.List;

/**
 * Events in date order.
 *
 * @param entries    the events of the story's own time, by first day, finer dates first on the same day
 * @param background events long before the story's articles, in the same order
 * @param undated    ids of events without a date that can be placed, sorted
 */
public record EventTimeline(List<TimelineEntry> entries, List<TimelineEntry> background, List<String> undated) {
    public EventTimeline {
        entries = List.copyOf(entries);
        background = List.copyOf(background);
        undated = List.copyOf(undated);
    }
}

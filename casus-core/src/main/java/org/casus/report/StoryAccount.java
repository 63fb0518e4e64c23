package org.casus.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.casus.model.Escalation;
import org.casus.model.Event;
import org.casus.model.EventTimeline;
import org.casus.model.Story;
import org.casus.model.TimelineEntry;

/**
 * One story as the briefing tells it.
 *
 * @param story      the story: its label, articles and dates
 * @param events     its reconciled events, by id
 * @param timeline   its events in date order, background apart
 * @param escalation its escalation index per actor pair
 */
public record StoryAccount(Story story, Map<String, Event> events, EventTimeline timeline, Escalation escalation) {
    public StoryAccount {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(escalation, "escalation");
        events = Map.copyOf(events);
    }

    /** Its events in timeline order: the story's own time, then the background, then the undated. */
    public List<Event> inOrder() {
        return Stream.of(timeline.entries().stream().map(TimelineEntry::event),
                        timeline.background().stream().map(TimelineEntry::event), timeline.undated().stream())
                .flatMap(ids -> ids).map(events::get).toList();
    }

    /** Its events that sources disagree on, in timeline order. */
    public List<Event> contradicted() {
        return inOrder().stream().filter(e -> !e.contradictions().isEmpty()).toList();
    }
}

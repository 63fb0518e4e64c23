package org.casus.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casus.model.Event;
import org.casus.model.EventTimeline;
import org.casus.model.Modality;
import org.casus.model.TimelineEntry;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final LocalDate JUNE_10 = LocalDate.of(2023, 6, 10);

    private static Reports story() {
        return new Reports()
                .article("t1", "Harbour Herald", JUNE_10,
                        "Mortars hit the Velmar consulate on 8 June.",
                        "Talks were held in Port Sira in June.",
                        "Guards were hurt at the Velmar consulate on 1 June.",
                        "The quarrel began when Lena Brandt was killed in January.",
                        "Someone fired at a patrol.")
                .mention("t1", 0, "hit", "194").against("velmar-consulate").on("2023-06-08", "on 8 June").add()
                .mention("t1", 1, "Talks", "040").in("Port Sira").on("2023-06", "in June").add()
                .mention("t1", 2, "hurt", "190").against("velmar-consulate").on("2023-06-01", "on 1 June").add()
                .mention("t1", 3, "killed", "1823").against("lena-brandt").on("2023-01", "in January").add()
                .mention("t1", 4, "fired", "190").told(Modality.ASSERTED).add();
    }

    @Test
    void ordersEventsByDateWithFinerDatesFirstAndKeepsOldOnesAsBackground() {
        Reports r = story();
        List<Event> events = new EventReconciler().reconcile(r.mentions, r.articles());
        EventTimeline timeline = Timeline.of(events, r.articles());
        Map<String, String> codeOf = events.stream().collect(java.util.stream.Collectors.toMap(Event::id, Event::code));
        assertThat(timeline.entries()).extracting(e -> codeOf.get(e.event())).containsExactly("190", "040", "194");
        // the month starts on the same day as the day's event, and sorts after it
        assertThat(timeline.entries().get(1).first()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(timeline.entries().get(1).last()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(timeline.background()).singleElement().satisfies(e -> {
            assertThat(codeOf.get(e.event())).isEqualTo("1823");
            assertThat(e.background()).isTrue();
        });
        assertThat(timeline.undated()).extracting(codeOf::get).containsExactly("190");
        assertThat(timeline.entries()).noneMatch(TimelineEntry::background);
    }

    @Test
    void withoutPublicationDaysNothingIsBackground() {
        Reports r = story();
        List<Event> events = new EventReconciler().reconcile(r.mentions, r.articles());
        EventTimeline timeline = Timeline.of(events, List.of());
        assertThat(timeline.background()).isEmpty();
        assertThat(timeline.entries()).hasSize(4);
    }
}

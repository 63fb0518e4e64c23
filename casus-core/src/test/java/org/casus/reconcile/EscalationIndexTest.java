package org.casus.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.model.Escalation;
import org.casus.model.Event;
import org.casus.model.Modality;
import org.junit.jupiter.api.Test;

class EscalationIndexTest {
    private static final LocalDate JUNE_10 = LocalDate.of(2023, 6, 10);

    @Test
    void countsAndWeighsWhatWasDonePerPairDayAndWeek() {
        Reports r = new Reports()
                .article("x1", "Harbour Herald", JUNE_10,
                        "The Northern Brigades shelled the Velmar consulate on 5 June.",
                        "The Northern Brigades fired at the Velmar navy on 6 June.",
                        "Velmar threatened to strike the Northern Brigades on 6 June.",
                        "The Northern Brigades plan to attack the Velmar navy next week.",
                        "Lena Brandt met Velmar envoys this week.")
                .mention("x1", 0, "shelled", "194").by("northern-brigades").against("velmar-consulate")
                .on("2023-06-05", "on 5 June").add()
                .mention("x1", 1, "fired", "190").by("northern-brigades").against("velmar-navy")
                .on("2023-06-06", "on 6 June").add()
                .mention("x1", 2, "threatened", "1384").by("velmar").against("northern-brigades")
                .on("2023-06-06", "on 6 June").told(Modality.THREATENED).add()
                .mention("x1", 3, "attack", "190").by("northern-brigades").against("velmar-navy")
                .on("2023-W24", "next week").told(Modality.PLANNED).add()
                .mention("x1", 4, "met", "040").by("lena-brandt").against("velmar").on("2023-W23", "this week").add()
                .article("x2", "Coast Daily", JUNE_10, "Shells from the Northern Brigades hit the Velmar consulate on 5 June.")
                .mention("x2", 0, "hit", "194").by("northern-brigades").against("velmar-consulate")
                .on("2023-06-05", "on 5 June").add();
        List<Event> events = new EventReconciler().reconcile(r.mentions, r.articles());
        Escalation index = EscalationIndex.of(events);

        assertThat(index.days()).extracting(c -> c.period() + " " + c.source().orElse("?") + ">" + c.target().orElse("?"))
                .containsExactly("2023-06-05 northern-brigades>velmar-consulate",
                        "2023-06-06 northern-brigades>velmar-navy", "2023-06-06 velmar>northern-brigades");
        assertThat(index.days().get(0)).satisfies(c -> {
            assertThat(c.events()).isEqualTo(1);
            assertThat(c.articles()).isEqualTo(2);
            assertThat(c.goldstein()).isEqualTo(-20.0);
            assertThat(c.plover()).containsEntry("ASSAULT", 1);
        });
        assertThat(index.days().get(2).plover()).containsEntry("THREATEN", 1);
        // the planned attack is not counted; the meeting of week 23 is, with the attacks of that week
        assertThat(index.weeks()).extracting(c -> c.period() + " " + c.source().orElse("?") + ">" + c.target().orElse("?"))
                .containsExactly("2023-W23 lena-brandt>velmar", "2023-W23 northern-brigades>velmar-consulate",
                        "2023-W23 northern-brigades>velmar-navy", "2023-W23 velmar>northern-brigades");
        assertThat(index.weeks().get(0).source()).isEqualTo(Optional.of("lena-brandt"));
        assertThat(index.weeks().get(0).goldstein()).isEqualTo(1.0);
    }
}

package org.casus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.model.Article;
import org.casus.model.Contradiction;
import org.casus.model.ContradictionValue;
import org.casus.model.Corroboration;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.model.EventType;
import org.casus.model.Modality;
import org.casus.model.Precision;
import org.casus.model.SourceLineage;
import org.casus.model.Span;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about reconciled events, whichever database holds them. Implemented by
 * each database's test beside {@link StoreContract}, which gives every test a fresh database.
 */
interface EventContract {
    /** The fresh database of the running test. */
    String db();

    EventType PATROL = new EventType("036", "Express intent to meet or negotiate", 4.0, Optional.of("CONSULT"),
            Optional.empty());

    @Test
    default void eventsReadBackWholeAndTieTheirMentions() throws Exception {
        Article first = StoredAnalyses.harbour("h1");
        Article second = StoredAnalyses.harbour("h2");
        EventMention a = meeting(first);
        EventMention b = meeting(second);
        Event event = event("e-" + a.id(), List.of(a.id(), b.id()), List.of("h1", "h2"));
        try (Store store = Store.open(db())) {
            store.addAll(List.of(first, second));
            store.saveAnalysis("h1", List.of(), List.of(a));
            store.saveAnalysis("h2", List.of(), List.of(b));
            store.saveEvents(List.of(event));
        }
        try (Store store = Store.open(db()); Stream<Event> events = store.events()) {
            assertThat(events).containsExactly(event);
            assertThat(store.eventMentions("h1")).containsExactly(a.withEvent(event.id()));
            assertThat(store.eventMentions("h2")).containsExactly(b.withEvent(event.id()));
        }
    }

    @Test
    default void savingEventsAgainReplacesThemAndUntiesMentionsLeftOut() throws Exception {
        Article first = StoredAnalyses.harbour("h1");
        Article second = StoredAnalyses.harbour("h2");
        EventMention a = meeting(first);
        EventMention b = meeting(second);
        try (Store store = Store.open(db())) {
            store.addAll(List.of(first, second));
            store.saveAnalysis("h1", List.of(), List.of(a));
            store.saveAnalysis("h2", List.of(), List.of(b));
            store.saveEvents(List.of(event("e1", List.of(a.id(), b.id()), List.of("h1", "h2"))));
            Event alone = event("e2", List.of(a.id()), List.of("h1"));
            store.saveEvents(List.of(alone));
            try (Stream<Event> events = store.events()) {
                assertThat(events).containsExactly(alone);
            }
            assertThat(store.eventMentions("h1").get(0).event()).contains("e2");
            assertThat(store.eventMentions("h2").get(0).event()).isEmpty();
        }
    }

    @Test
    default void anEventHoldingNulIsRefusedAndTheStoredEventsStay() throws Exception {
        Article first = StoredAnalyses.harbour("h1");
        EventMention a = meeting(first);
        Event kept = event("e1", List.of(a.id()), List.of("h1"));
        Event broken = new Event("e2", PATROL, Optional.empty(), Optional.empty(), Optional.of("bay\0"),
                Optional.empty(), Precision.UNKNOWN, Map.of(), Modality.ASSERTED, List.of(a.id()), List.of("h1"),
                List.of(), new Corroboration(1, 1), List.of(),
                List.of(new SourceLineage("h1", "h1", SourceLineage.Kind.OWN, "own report")));
        try (Store store = Store.open(db())) {
            store.add(first);
            store.saveAnalysis("h1", List.of(), List.of(a));
            store.saveEvents(List.of(kept));
            assertThatThrownBy(() -> store.saveEvents(List.of(broken))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("e2");
            try (Stream<Event> events = store.events()) {
                assertThat(events).containsExactly(kept);
            }
        }
    }

    private static EventMention meeting(Article article) {
        String text = article.text();
        Span sentence = new Span(0, text.indexOf('.') + 1);
        int met = text.indexOf("met");
        Span trigger = new Span(met, met + 3);
        return new EventMention(EventMention.idOf(article.id(), sentence, trigger, "036",
                Optional.of("person:duarte"), Optional.of("coastal-guard")), article.id(), 0, sentence.cut(text),
                sentence, trigger, PATROL, Optional.of("person:duarte"), Optional.of("coastal-guard"),
                Optional.empty(), Optional.empty(), Optional.of("2024-05-13"), Precision.DAY, "on Monday",
                Modality.ASSERTED, Optional.empty(), Map.of("patrols", 2L), Optional.empty());
    }

    private static Event event(String id, List<String> mentions, List<String> articles) {
        List<SourceLineage> lineage = articles.stream()
                .map(a -> new SourceLineage(a, "Harbour Gazette", SourceLineage.Kind.OWN, "own report")).toList();
        List<Contradiction> contradictions = articles.size() < 2 ? List.of()
                : List.of(new Contradiction("quantities.patrols", List.of(
                        new ContradictionValue("2", List.of(articles.get(0))),
                        new ContradictionValue("3", articles.subList(1, articles.size())))));
        return new Event(id, PATROL, Optional.of("person:duarte"), Optional.of("coastal-guard"), Optional.of("the bay"),
                Optional.of("2024-05-13"), Precision.DAY, Map.of("patrols", 2L), Modality.ASSERTED, mentions,
                articles, List.of("Harbour Gazette"), new Corroboration(articles.size(), 1), contradictions, lineage);
    }
}

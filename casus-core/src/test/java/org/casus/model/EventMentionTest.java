package org.casus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventMentionTest {
    private static final String TEXT = "Rockets hit the base. Nobody was hurt.";
    private static final EventType TYPE = new EventType("194", "Fight with artillery and tanks", -10.0,
            Optional.of("ASSAULT"), Optional.of("heavy-weapons"));
    private static final Span QUOTE = new Span(0, 21);

    private static EventMention mention(Span span, String quote, Span trigger, Optional<String> date, Precision precision,
                                        String dateText, Map<String, Long> quantities) {
        return new EventMention("id", "a1", 0, quote, span, trigger, TYPE, Optional.of("irq"), Optional.empty(),
                Optional.empty(), Optional.empty(), date, precision, dateText, Modality.ASSERTED, Optional.empty(),
                quantities, Optional.empty());
    }

    @Test
    void acceptsAMentionWhoseSpanCutsItsQuote() {
        EventMention m = mention(QUOTE, QUOTE.cut(TEXT), new Span(8, 11), Optional.of("2020-11-17"), Precision.DAY,
                "Tuesday", Map.of("rockets", 7L));
        assertThat(m.span().cut(TEXT)).isEqualTo(m.quote());
        assertThat(m.code()).isEqualTo("194");
        assertThat(m.type().root()).isEqualTo("19");
    }

    @Test
    void rejectsAQuoteOfAnotherLengthThanItsSpan() {
        assertThatThrownBy(() -> mention(QUOTE, "Rockets hit", new Span(0, 7), Optional.empty(), Precision.UNKNOWN,
                "", Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
    }

    @Test
    void rejectsATriggerOutsideTheQuote() {
        assertThatThrownBy(() -> mention(QUOTE, QUOTE.cut(TEXT), new Span(25, 31), Optional.empty(),
                Precision.UNKNOWN, "", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsADatePrecisionOrDateTextWithoutADate() {
        assertThatThrownBy(() -> mention(QUOTE, QUOTE.cut(TEXT), new Span(8, 11), Optional.empty(), Precision.DAY,
                "", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mention(QUOTE, QUOTE.cut(TEXT), new Span(8, 11), Optional.empty(),
                Precision.UNKNOWN, "Tuesday", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNegativeCountsAndKeepsCountsSorted() {
        assertThatThrownBy(() -> mention(QUOTE, QUOTE.cut(TEXT), new Span(8, 11), Optional.empty(),
                Precision.UNKNOWN, "", Map.of("killed", -1L))).isInstanceOf(IllegalArgumentException.class);
        EventMention m = mention(QUOTE, QUOTE.cut(TEXT), new Span(8, 11), Optional.empty(), Precision.UNKNOWN, "",
                Map.of("wounded", 5L, "killed", 1L, "rockets", 7L));
        assertThat(m.quantities().keySet()).containsExactly("killed", "rockets", "wounded");
    }

    @Test
    void idsAreStableAndTellMentionsApart() {
        String a = EventMention.idOf("a1", QUOTE, new Span(8, 11), "194", Optional.of("irq"), Optional.empty());
        assertThat(EventMention.idOf("a1", QUOTE, new Span(8, 11), "194", Optional.of("irq"), Optional.empty()))
                .isEqualTo(a).hasSize(16);
        assertThat(EventMention.idOf("a1", QUOTE, new Span(8, 11), "194", Optional.of("irn"), Optional.empty()))
                .isNotEqualTo(a);
        assertThat(EventMention.idOf("a2", QUOTE, new Span(8, 11), "194", Optional.of("irq"), Optional.empty()))
                .isNotEqualTo(a);
    }

    @Test
    void eventTypesRejectCodesOutsideCameo() {
        assertThatThrownBy(() -> new EventType("21", "x", 0, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventType("190", "x", -11, Optional.of("ASSAULT"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventType("190", "x", 0, Optional.empty(), Optional.of("visit")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAssertedAndReportedEventsHappened() {
        for (Modality m : Modality.values())
            assertThat(m.happened()).as(m.name()).isEqualTo(m == Modality.ASSERTED || m == Modality.REPORTED);
    }

    @Test
    void actorMentionsNeedAnEntityAndAFittingSpan() {
        assertThatThrownBy(() -> new ActorMention(new Span(0, 4), "Iraq", " ", "Iraq", "COUNTRY", Optional.of("IRQ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActorMention(new Span(0, 5), "Iraq", "irq", "Iraq", "COUNTRY", Optional.of("IRQ")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

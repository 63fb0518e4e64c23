package org.casus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void rejectsNegativeAndBackwardSpans() {
        assertThatThrownBy(() -> new Span(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(5, 4)).hasMessageContaining("5..4");
    }

    @Test
    void cutsItsTextAndKnowsItsNeighbours() {
        Span span = new Span(4, 9);
        assertThat(span.cut("the quick fox")).isEqualTo("quick");
        assertThat(span.contains(new Span(5, 9))).isTrue();
        assertThat(span.overlaps(new Span(8, 12))).isTrue();
        assertThat(span.overlaps(new Span(9, 12))).as("end is exclusive").isFalse();
    }
}

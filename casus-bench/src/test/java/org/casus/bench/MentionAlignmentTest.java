package org.casus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.model.EventMention;
import org.casus.model.EventType;
import org.casus.model.Modality;
import org.casus.model.Precision;
import org.casus.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Casus mentions made by hand over the small corpus in src/test/resources/ecb, whose checked gold
 * event mentions are "flooded", "fled" and "flooding" (document 99_1ecb) and "flooded" (99_1ecbplus);
 * "lost crops" stands in a sentence nobody checked.
 */
class MentionAlignmentTest {
    private static EcbCorpus corpus;
    private static EcbText ecb;
    private static EcbText plus;
    private static List<EventMention> ecbMentions;
    private static List<EventMention> plusMentions;

    @BeforeAll
    static void read() throws Exception {
        Path folder = Path.of(MentionAlignmentTest.class.getResource("/ecb/derived/documents.tsv").toURI()).getParent().getParent();
        corpus = EcbCorpus.read(folder, "test");
        ecb = EcbText.of(corpus.documents().get(0));
        plus = EcbText.of(corpus.documents().get(1));
        ecbMentions = List.of(mention(ecb, "flood", "flooded", "180"), mention(ecb, "flood-again", "flooded", "190"),
                mention(ecb, "harbour", "harbour", "040"));
        plusMentions = List.of(mention(plus, "valley", "flooded", "180"), mention(plus, "lost", "lost", "180"));
    }

    private static EventMention mention(EcbText text, String id, String word, String code) {
        String all = text.article().text();
        int at = all.indexOf(word);
        return new EventMention(id, text.document().id(), 0, all, new Span(0, all.length()),
                new Span(at, at + word.length()), new EventType(code, "test", 0, Optional.empty(), Optional.empty()),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Precision.UNKNOWN, "", Modality.ASSERTED, Optional.empty(), Map.of(), Optional.empty());
    }

    private static MentionAlignment aligned() {
        return MentionAlignment.align(corpus, List.of(new CasusReading(ecb, List.of(), ecbMentions, Map.of()),
                new CasusReading(plus, List.of(), plusMentions, Map.of())));
    }

    @Test
    void matchesTriggersToGoldByTheirTokensInCheckedSentencesOnly() {
        MentionAlignment a = aligned();
        // the second mention of one trigger is not scored; "lost" lies in an unchecked sentence
        assertThat(a.keyOfMention()).containsExactlyInAnyOrderEntriesOf(Map.of("flood", "99_1ecb/1",
                "harbour", "casus/99_1ecb/harbour", "valley", "99_1ecbplus/1"));
        assertThat(a.matchedGold()).containsExactlyInAnyOrder("99_1ecb/1", "99_1ecbplus/1");
        assertThat(a.goldCount()).isEqualTo(4);
        assertThat(a.systemCount()).isEqualTo(3);
    }

    @Test
    void aMentionNoGroupHoldsIsAnEventOfItsOwn() {
        CorefPartition response = aligned().response(List.of(Set.of("flood", "flood-again", "valley")), ids());
        assertThat(response.entities()).containsExactlyInAnyOrder(Set.of("99_1ecb/1", "99_1ecbplus/1"),
                Set.of("casus/99_1ecb/harbour"));
    }

    @Test
    void aClustererMayNotInventOrRepeatMentions() {
        MentionAlignment a = aligned();
        assertThatThrownBy(() -> a.response(List.of(Set.of("flood", "made-up")), ids()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("made-up");
        assertThatThrownBy(() -> a.response(List.of(Set.of("flood"), Set.of("flood", "valley")), ids()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("two events");
    }

    private static Set<String> ids() {
        return Set.of("flood", "flood-again", "harbour", "valley", "lost");
    }
}

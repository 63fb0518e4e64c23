package org.casus.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casus.model.ActorMention;
import org.casus.model.Annotated;
import org.casus.model.EventMention;

/** What every event mention owes its article, checked the same way in every event test. */
final class MentionContract {
    private MentionContract() {
    }

    /** Codes {@code annotated}, checks the contract on every mention, and returns them. */
    static List<EventMention> codeAndCheck(Annotated annotated, List<ActorMention> actors) {
        List<EventMention> mentions = LoadedBackend.coder().code(annotated, actors);
        String text = annotated.article().text();
        for (EventMention m : mentions) {
            assertThat(m.span().cut(text)).as("quote of %s", m.id()).isEqualTo(m.quote());
            assertThat(annotated.sentences().get(m.sentence()).span()).isEqualTo(m.span());
            assertThat(m.span().contains(m.trigger())).isTrue();
            assertThat(m.article()).isEqualTo(annotated.article().id());
        }
        // the same input gives the same mentions, ids included
        assertThat(LoadedBackend.coder().code(annotated, actors)).isEqualTo(mentions);
        assertThat(mentions.stream().map(EventMention::id).distinct().count()).isEqualTo(mentions.size());
        return mentions;
    }
}

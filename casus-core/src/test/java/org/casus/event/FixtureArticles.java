package org.casus.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.casus.model.Annotated;
import org.casus.model.EventMention;

/** The event fixtures under src/test/resources/event, coded once per test JVM. */
final class FixtureArticles {
    private FixtureArticles() {
    }

    /** A coded fixture: its annotation and its mentions. */
    record Coded(Annotated annotated, List<EventMention> mentions) {
        /** The mentions of the sentence that starts with {@code start}. */
        List<EventMention> in(String start) {
            int index = annotated.sentences().stream()
                    .filter(s -> s.span().cut(annotated.article().text()).startsWith(start))
                    .findFirst().orElseThrow(() -> new AssertionError("no sentence starts with: " + start)).index();
            return mentions.stream().filter(m -> m.sentence() == index).toList();
        }

        /** The one mention of that sentence whose trigger is {@code trigger}. */
        EventMention one(String start, String trigger) {
            List<EventMention> found = in(start).stream()
                    .filter(m -> m.trigger().cut(annotated.article().text()).equals(trigger)).toList();
            assertThat(found).as("mentions triggered by '%s' in: %s", trigger, start).hasSize(1);
            return found.get(0);
        }
    }

    static Coded code(String name, LocalDate published) {
        String text;
        try (InputStream in = FixtureArticles.class.getResourceAsStream("/event/" + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Annotated annotated = LoadedBackend.annotate(LoadedBackend.article("fixture-" + name, text, published));
        return new Coded(annotated, MentionContract.codeAndCheck(annotated, GazetteerActors.of(annotated)));
    }
}

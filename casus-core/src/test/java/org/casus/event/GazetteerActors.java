package org.casus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.entity.Actor;
import org.casus.entity.ActorMatch;
import org.casus.entity.AliasMatcher;
import org.casus.entity.Gazetteer;
import org.casus.model.ActorMention;
import org.casus.model.Annotated;
import org.casus.model.NamedEntity;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;

/**
 * Actor mentions for the event stage's tests, kept apart from the entity stage's own choices: each
 * named entity and each capitalised adjective or plural the gazetteer spells ("Turkish",
 * "Kenyans"), stretched over the capitalised words right after it when that names a longer known
 * actor ("U.S." + "Embassy"), tied to the shipped gazetteer by the alias matcher.
 */
final class GazetteerActors {
    private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    private static final AliasMatcher MATCHER = new AliasMatcher(Gazetteer.shipped());

    private GazetteerActors() {
    }

    static List<ActorMention> of(Annotated annotated) {
        String text = annotated.article().text();
        List<String> people = annotated.entities().stream()
                .filter(e -> e.type().equals("PERSON") && e.text().contains(" ")).map(NamedEntity::text).toList();
        List<ActorMention> found = new ArrayList<>();
        List<NamedEntity> names = new ArrayList<>(annotated.entities());
        for (Sentence sentence : annotated.sentences())
            for (Token t : sentence.tokens())
                if ((t.pos().equals("JJ") || t.pos().equals("NNPS")) && Character.isUpperCase(t.word().charAt(0)) && MATCHER.spellsOneActor(t.word()))
                    names.add(new NamedEntity(t.span(), t.word(), "MISC", Optional.empty()));
        for (NamedEntity e : names) {
            if (!NAMES.contains(e.type()))
                continue;
            Span best = null;
            Actor actor = null;
            for (Span candidate : stretches(annotated, e)) {
                Optional<ActorMatch> match = MATCHER.find(candidate.cut(text), people);
                if (match.isPresent()) {
                    best = candidate;
                    actor = match.get().actor();
                }
            }
            if (best != null)
                found.add(new ActorMention(best, best.cut(text), actor.id(), actor.name(), actor.type().name(),
                        Optional.of(actor.code())));
        }
        return found;
    }

    private static List<Span> stretches(Annotated annotated, NamedEntity e) {
        List<Span> spans = new ArrayList<>(List.of(e.span()));
        List<Token> tokens = annotated.sentenceOf(e.span()).map(s -> s.tokens()).orElse(List.of());
        int end = e.span().end();
        for (Token t : tokens) {
            if (t.span().start() < end)
                continue;
            if (t.span().start() > end + 1 || !Character.isUpperCase(t.word().charAt(0)))
                break;
            end = t.span().end();
            spans.add(new Span(e.span().start(), end));
        }
        return spans;
    }
}

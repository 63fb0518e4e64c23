package org.casus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.ActorMention;
import org.casus.model.Annotated;
import org.casus.model.EventMention;
import org.casus.model.Modality;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;

/**
 * Who speaks a quotation of several sentences: "“Our consulate was shelled on Sunday. Three shells
 * fell short,” the minister wrote." The sentences inside name no speaker of their own, yet the
 * article says the minister said them. The speaker is named after the closing mark ("the minister
 * wrote", "he said") or before the opening one ("The minister wrote: “…"); a pronoun there stands for
 * the person named last before the quotation opened, never for someone inside it. Events told inside
 * get that speaker and, if told as plain fact, become reported.
 */
final class QuotationSpeakers {
    /** How many sentences before a quotation its speaker's name may stand. */
    private static final int REACH = 2;

    private final WordLists attribution;
    private final WordLists arguments;

    QuotationSpeakers(WordLists attribution, WordLists arguments) {
        this.attribution = attribution;
        this.arguments = arguments;
    }

    /** {@code mentions} with the speaker of the quotation each stands in, where it had none. */
    List<EventMention> attribute(Annotated annotated, List<ActorMention> actors, List<EventMention> mentions) {
        List<Span> quotations = quotations(annotated.article().text(), annotated.sentences());
        if (quotations.isEmpty())
            return mentions;
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            Optional<Span> inside = m.attributedTo().isPresent() ? Optional.empty()
                    : quotations.stream().filter(q -> q.contains(m.trigger())).findFirst();
            Optional<String> speaker = inside.flatMap(q -> speaker(annotated, actors, q));
            out.add(speaker.map(s -> new EventMention(m.id(), m.article(), m.sentence(), m.quote(), m.span(),
                    m.trigger(), m.type(), m.source(), m.target(), m.location(), m.locationId(), m.date(),
                    m.datePrecision(), m.dateText(), m.modality() == Modality.ASSERTED ? Modality.REPORTED : m.modality(),
                    speaker, m.quantities(), m.event())).orElse(m));
        }
        return out;
    }

    /** The quotations, between curly or straight marks, that run over more than one sentence. */
    private static List<Span> quotations(String text, List<Sentence> sentences) {
        List<Span> found = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opens = c == '“' || c == '"' && open < 0;
            boolean closes = c == '”' || c == '"' && open >= 0;
            if (open >= 0 && closes) {
                Span q = new Span(open, i + 1);
                if (sentenceAt(sentences, open) != sentenceAt(sentences, i))
                    found.add(q);
                open = -1;
            } else if (opens) {
                open = i;
            } else if (c == '\n') {
                open = -1; // a quotation left open ends with its paragraph
            }
        }
        return found;
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences)
            if (s.span().start() <= offset && offset < s.span().end())
                return s.index();
        return -1;
    }

    private Optional<String> speaker(Annotated annotated, List<ActorMention> actors, Span quotation) {
        List<Sentence> sentences = annotated.sentences();
        int first = sentenceAt(sentences, quotation.start());
        int last = sentenceAt(sentences, quotation.end() - 1);
        if (first < 0 || last < 0)
            return Optional.empty();
        // after the closing mark: "…,” he wrote." / "…,” the minister said."
        Sentence closing = sentences.get(last);
        Optional<String> after = named(annotated, actors, closing, quotation.end(), closing.span().end(), quotation);
        if (after.isPresent())
            return after;
        // before the opening mark: "The minister wrote: “…"
        Sentence opening = sentences.get(first);
        return named(annotated, actors, opening, opening.span().start(), quotation.start(), quotation);
    }

    /** The speaker named between {@code from} and {@code to} of a sentence that holds a verb of saying there. */
    private Optional<String> named(Annotated annotated, List<ActorMention> actors, Sentence s, int from, int to,
                                   Span quotation) {
        List<Token> words = s.tokens().stream().filter(t -> t.span().start() >= from && t.span().end() <= to).toList();
        if (words.stream().noneMatch(t -> attribution.in(t.lemma().toLowerCase(), "SPEECH")))
            return Optional.empty();
        Span where = new Span(from, to);
        Optional<ActorMention> name = actors.stream().filter(a -> where.contains(a.span()))
                .filter(a -> !a.type().equals("LOCATION") && !a.type().equals("COUNTRY")).findFirst();
        if (name.isPresent())
            return Optional.of(name.get().entityId());
        boolean pronoun = words.stream().anyMatch(t -> arguments.in(t.word().toLowerCase(), "PERSONAL"));
        if (!pronoun)
            return Optional.empty();
        // "he": the person named last before the quotation opened, in its sentence or the two before
        int first = sentenceAt(annotated.sentences(), quotation.start());
        int start = annotated.sentences().get(Math.max(0, first - REACH)).span().start();
        ActorMention last = null;
        for (ActorMention a : actors)
            if (a.type().equals("PERSON") && a.span().start() >= start && a.span().end() <= quotation.start()
                    && (last == null || a.span().start() > last.span().start()))
                last = a;
        return Optional.ofNullable(last).map(ActorMention::entityId);
    }
}

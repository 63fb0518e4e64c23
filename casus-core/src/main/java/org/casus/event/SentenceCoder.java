package org.casus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.ActorMention;
import org.casus.model.Annotated;
import org.casus.model.EventMention;
import org.casus.model.EventType;
import org.casus.model.Modality;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Timex;

/** Codes the events of one sentence: the steps of {@link EventCoder} put together. */
final class SentenceCoder {
    private final CameoCatalog catalog;
    private final PredicateFinder predicates;
    private final ArgumentFinder arguments;
    private final Folding folding;
    private final ModalityReader modality;
    private final AttributionFinder attribution;
    private final LocationFinder locations;
    private final QuantityReader quantities;
    private final Subjects subjects;
    private final DateFinder dates = new DateFinder();

    SentenceCoder(CameoCatalog catalog, PredicateFinder predicates, ArgumentFinder arguments, Folding folding,
                  ModalityReader modality, AttributionFinder attribution, LocationFinder locations,
                  QuantityReader quantities, Subjects subjects) {
        this.catalog = catalog;
        this.predicates = predicates;
        this.arguments = arguments;
        this.folding = folding;
        this.modality = modality;
        this.attribution = attribution;
        this.locations = locations;
        this.quantities = quantities;
        this.subjects = subjects;
    }

    List<EventMention> code(Annotated annotated, Sentence sentence, List<Timex> timexes, List<ActorMention> all) {
        if (sentence.dependencies().isEmpty())
            return List.of();
        String text = annotated.article().text();
        SentenceTree tree = new SentenceTree(sentence);
        ActorIndex actors = new ActorIndex(tree, all);
        Numbers numbers = new Numbers(sentence, annotated.entities());
        List<DateFinder.Anchored> anchored = DateFinder.anchor(tree, timexes);
        List<Predicate> found = predicates.find(tree);
        Map<Integer, List<Integer>> folded = folding.fold(tree, found);
        List<Integer> takenIn = folded.values().stream().flatMap(List::stream).toList();
        List<EventMention> mentions = new ArrayList<>();
        for (Predicate p : found) {
            if (takenIn.contains(p.head()))
                continue;
            EventType type = catalog.require(p.code(), "lexicon");
            List<Integer> toll = folded.getOrDefault(p.head(), List.of());
            Roles roles = arguments.find(tree, p);
            List<Integer> targets = new ArrayList<>();
            for (int t : roles.targets()) {
                // "condemned an attack by Osgiliath soldiers": what is said about a deed is said to its doer
                Optional<Predicate> deed = found.stream().filter(o -> o.head() == t && o.head() != p.head()).findFirst();
                if (deed.isPresent())
                    targets.addAll(arguments.find(tree, deed.get()).sources());
                targets.add(t);
            }
            for (int f : toll) // the attack's victims: whom the folded "killed" and "wounded" name
                targets.addAll(arguments.find(tree, new Predicate(f, p.code(), f, SentenceTree.NONE)).targets());
            Modality said = modality.read(tree, p, type.goldstein());
            AttributionFinder.Attribution by = attribution.find(tree, p.head(), roles.vouch());
            if (said == Modality.ASSERTED && by.reported())
                said = Modality.REPORTED;
            // a speaker is someone: not a pronoun, nor an event ("the attack revealed that ...")
            Optional<String> attributedTo = by.speaker()
                    .filter(s -> !tree.isPronoun(s) && found.stream().noneMatch(o -> o.head() == s))
                    .map(s -> speakerName(tree, s, actors, text));
            Optional<LocationFinder.Place> place = locations.find(tree, p, targets, actors, text);
            List<Integer> others = found.stream().map(Predicate::head).filter(o -> o != p.head()).toList();
            DateFinder.EventDate date = dates.find(tree, p, anchored, others, annotated.article().published());
            Map<String, Long> counts = quantities.read(tree, p, toll, numbers, subjects);
            Span trigger = tree.token(p.head()).span();
            List<Optional<String>> sources = parties(tree, roles.sources(), actors, List.of());
            for (Optional<String> source : sources)
                for (Optional<String> other : parties(tree, targets, actors, sources)) {
                    String id = EventMention.idOf(annotated.article().id(), sentence.span(), trigger, type.code(),
                            source, other);
                    mentions.add(new EventMention(id, annotated.article().id(), sentence.index(),
                            sentence.span().cut(text), sentence.span(), trigger, type, source, other,
                            place.map(LocationFinder.Place::text), place.flatMap(LocationFinder.Place::mention)
                                    .map(ActorMention::entityId),
                            date.value(), date.precision(), date.text(), said, attributedTo, counts, Optional.empty()));
                }
        }
        return MentionMerger.merge(mentions);
    }

    /**
     * The known actors the first candidate phrase that names any names, with those coordinated with
     * it ("Iran and Syria"), once each and none of {@code taken}; a single empty party when no
     * candidate names a known actor.
     */
    private static List<Optional<String>> parties(SentenceTree tree, List<Integer> candidates, ActorIndex actors,
                                                  List<Optional<String>> taken) {
        for (int head : candidates) {
            List<Optional<String>> ids = new ArrayList<>();
            List<Integer> phrase = new ArrayList<>(List.of(head));
            phrase.addAll(tree.children(head, "conj"));
            for (int h : phrase)
                actors.named(h).map(ActorMention::entityId).map(Optional::of)
                        .filter(id -> !ids.contains(id) && !taken.contains(id)).ifPresent(ids::add);
            if (!ids.isEmpty())
                return ids;
        }
        return List.of(Optional.empty());
    }

    // a speaker that is a known actor is named by id ("the Kataib Hezbollah group" too); "Iraqi officials" by the words
    private static String speakerName(SentenceTree tree, int head, ActorIndex actors, String text) {
        Optional<ActorMention> own = actors.at(head);
        if (own.isEmpty())
            for (int c : tree.children(head, "appos", "flat", "compound"))
                own = own.or(() -> actors.at(c));
        return own.map(ActorMention::entityId).orElseGet(() -> PhraseText.of(tree, head, text));
    }
}

package org.casus.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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
    /** The most doers named together that are paired with each other: four give twelve pairs. */
    private static final int MUTUAL_MOST = 4;
    /** The first CAMEO root past the friendly ones (statements, appeals, intents, meetings, cooperation, aid, yielding). */
    private static final String FRIENDLY_BELOW = "09";
    /** Pronouns that may stand for several actors named together. */
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their", "them", "theirs");

    private final CameoCatalog catalog;
    private final PredicateFinder predicates;
    private final ArgumentFinder arguments;
    private final Folding folding;
    private final ModalityReader modality;
    private final AttributionFinder attribution;
    private final LocationFinder locations;
    private final QuantityReader quantities;
    private final Subjects subjects;
    private final WordLists wordLists;
    private final DateFinder dates;

    SentenceCoder(CameoCatalog catalog, PredicateFinder predicates, ArgumentFinder arguments, Folding folding,
                  ModalityReader modality, AttributionFinder attribution, LocationFinder locations,
                  QuantityReader quantities, Subjects subjects, WordLists argumentCues, DateFinder dates) {
        this.dates = dates;
        this.wordLists = argumentCues;
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

    /** What the steps share about one sentence. */
    private record Scope(Annotated annotated, Sentence sentence, SentenceTree tree, ActorIndex actors,
                         Numbers numbers, List<DateFinder.Anchored> timexes, List<Predicate> found) {
        String text() {
            return annotated.article().text();
        }
    }

    List<EventMention> code(Annotated annotated, SentenceTree tree, List<Timex> timexes, List<ActorMention> all,
                            Antecedents antecedents) {
        Sentence sentence = tree.sentence();
        if (sentence.dependencies().isEmpty())
            return List.of();
        List<Predicate> found = predicates.find(tree);
        Scope scope = new Scope(annotated, sentence, tree, new ActorIndex(tree, all, antecedents, wordLists),
                new Numbers(sentence, annotated.entities()), DateFinder.anchor(tree, timexes), found);
        Map<Integer, List<Integer>> folded = folding.fold(tree, found);
        List<Integer> takenIn = folded.values().stream().flatMap(List::stream).toList();
        List<EventMention> mentions = new ArrayList<>();
        for (Predicate p : found)
            if (!takenIn.contains(p.head()))
                mentions.addAll(code(scope, p, folded.getOrDefault(p.head(), List.of())));
        return MentionMerger.merge(mentions, apart(tree, found), occasioned(tree, found));
    }

    /**
     * The triggers that tell acts of their own: many ("several meetings", "three raids") or one
     * more ("also visited Qatar").
     */
    private Set<Span> apart(SentenceTree tree, List<Predicate> found) {
        Set<Span> own = new HashSet<>();
        for (Predicate p : found)
            if (tree.children(p.head()).stream().anyMatch(c -> wordLists.in(tree.lemma(c), "APART")
                    || tree.isNoun(p.head()) && tree.relation(c).equals("nummod") && !tree.lemma(c).equals("one")))
                own.add(tree.token(p.head()).span());
        return own;
    }

    /** The triggers whose act names the occasion it was part of: "held meetings during his visit". */
    private Set<Span> occasioned(SentenceTree tree, List<Predicate> found) {
        Set<Span> told = new HashSet<>();
        for (Predicate p : found) {
            int g = tree.governor(p.head());
            boolean light = g != SentenceTree.NONE && wordLists.in(tree.lemma(g), "LIGHT");
            if (Stream.of(p.head(), light ? g : p.head())
                    .anyMatch(h -> tree.children(h).stream().anyMatch(c -> wordLists.in(tree.caseOf(c), "OCCASION"))))
                told.add(tree.token(p.head()).span());
        }
        return told;
    }

    /** The mentions of one event word, one per pair of known parties; {@code toll} its folded results. */
    private List<EventMention> code(Scope scope, Predicate p, List<Integer> toll) {
        SentenceTree tree = scope.tree();
        EventType type = catalog.require(p.code(), "lexicon");
        Roles roles = arguments.find(tree, p);
        List<Integer> targets = targets(scope, p, roles, toll);
        Modality said = modality.read(tree, p, type.goldstein());
        AttributionFinder.Attribution by = attribution.find(tree, p.head(), roles.vouch());
        if (said == Modality.ASSERTED && by.reported())
            said = Modality.REPORTED;
        // a speaker is someone: not a pronoun, nor an event ("the attack revealed that ...")
        Optional<String> attributedTo = by.speaker()
                .filter(s -> !tree.isPronoun(s) && scope.found().stream().noneMatch(o -> o.head() == s))
                .map(s -> speakerName(tree, s, scope.actors(), scope.text()));
        Optional<LocationFinder.Place> place = locations.find(tree, p, targets, scope.actors(), scope.text());
        List<Predicate> others = scope.found().stream()
                .filter(o -> o.head() != p.head() && !toll.contains(o.head())).toList();
        DateFinder.EventDate date = dates.find(tree, p, toll, scope.timexes(), others, said.happened(),
                scope.annotated().article().published());
        Map<String, Long> counts = quantities.read(tree, p, toll, scope.numbers(), subjects);
        String article = scope.annotated().article().id();
        Span span = scope.sentence().span();
        Span trigger = tree.token(p.head()).span();
        List<EventMention> mentions = new ArrayList<>();
        List<Optional<String>> sources = parties(tree, sources(scope, p, roles), scope.actors(), List.of(), wordLists);
        List<Optional<String>> targetParties = parties(tree, targets, scope.actors(), sources, wordLists);
        // doers named together who meet, talk or cooperate with no one else named do it with each other
        boolean mutual = sources.size() >= 2 && sources.size() <= MUTUAL_MOST && targetParties.get(0).isEmpty()
                && (wordLists.in(type.code(), "RECIPROCAL") || wordLists.in(tree.lemma(p.head()), "RECIPROCAL_WORD"));
        for (Optional<String> source : sources)
            for (Optional<String> target : mutual ? sources.stream().filter(o -> !o.equals(source)).toList() : targetParties)
                mentions.add(new EventMention(EventMention.idOf(article, span, trigger, type.code(), source, target),
                        article, scope.sentence().index(), span.cut(scope.text()), span, trigger, type, source, target,
                        place.map(LocationFinder.Place::text),
                        place.flatMap(LocationFinder.Place::mention).map(ActorMention::entityId),
                        date.value(), date.precision(), date.text(), said, attributedTo, counts, Optional.empty()));
        return mentions;
    }

    /**
     * The event's doers; for a friendly act with another party but no doer named, whoever takes it up
     * in a friendly word: "Kenya welcomed a resumption of ties with Tanzania" is Kenya's resumption,
     * "Iran proposed talks with Oman" Iran's talks.
     */
    private List<Integer> sources(Scope scope, Predicate p, Roles roles) {
        SentenceTree tree = scope.tree();
        int g = tree.governor(p.head());
        if (!roles.sources().isEmpty() || roles.targets().isEmpty() || !tree.isNoun(p.head())
                || !tree.relation(p.head()).equals("obj") || p.root().compareTo(FRIENDLY_BELOW) >= 0)
            return roles.sources();
        return scope.found().stream()
                .filter(o -> o.head() != p.head() && (o.head() == g || o.anchor() == g) && o.root().compareTo(FRIENDLY_BELOW) < 0)
                .findFirst().map(o -> arguments.find(tree, o).sources()).orElse(roles.sources());
    }

    private List<Integer> targets(Scope scope, Predicate p, Roles roles, List<Integer> toll) {
        List<Integer> targets = new ArrayList<>();
        for (int t : roles.targets()) {
            // "condemned an attack by Osgiliath soldiers": what is said about a deed is said to its doer
            Optional<Predicate> deed = scope.found().stream().filter(o -> o.head() == t && o.head() != p.head()).findFirst();
            if (deed.isPresent())
                targets.addAll(arguments.find(scope.tree(), deed.get()).sources());
            targets.add(t);
        }
        for (int f : toll) // the attack's targetParties: whom the folded "killed" and "wounded" name
            targets.addAll(arguments.find(scope.tree(), new Predicate(f, p.code(), f, SentenceTree.NONE)).targets());
        return targets;
    }

    /**
     * The known actors the first candidate phrase that names any names, with those coordinated with
     * it ("Iran and Syria"), once each and none of {@code taken}; a single empty party when no
     * candidate names a known actor.
     */
    private static List<Optional<String>> parties(SentenceTree tree, List<Integer> candidates, ActorIndex actors,
                                                  List<Optional<String>> taken, WordLists argumentCues) {
        for (int head : candidates) {
            List<Optional<String>> ids = new ArrayList<>();
            List<Integer> phrase = new ArrayList<>(List.of(head));
            for (int c : tree.children(head, "conj"))
                if (!describes(tree, actors, head, c, argumentCues))
                    phrase.add(c);
            for (int h : List.copyOf(phrase))
                phrase.addAll(actors.namedTogether(h));
            for (int h : phrase)
                actors.named(h).map(ActorMention::entityId).map(Optional::of)
                        .filter(id -> !ids.contains(id) && !taken.contains(id)).ifPresent(ids::add);
            if (ids.size() == 1 && PLURAL_PRONOUNS.contains(tree.word(head).toLowerCase(Locale.ROOT)))
                for (int h : coordinatedWith(tree, actors, ids.get(0).get(), head))
                    actors.named(h).map(ActorMention::entityId).map(Optional::of)
                            .filter(id -> !ids.contains(id) && !taken.contains(id)).ifPresent(ids::add);
            if (!ids.isEmpty())
                return ids;
        }
        return List.of(Optional.empty());
    }

    /**
     * Whether {@code conj}, coordinated with a named person, only describes that person: "Hadi
     * al-Amiri, head of Fatah and commander of Badr", which the parser may read as three parties.
     */
    private static boolean describes(SentenceTree tree, ActorIndex actors, int person, int conj, WordLists argumentCues) {
        return actors.named(person).filter(m -> m.type().equals("PERSON")).isPresent()
                && tree.token(conj).pos().startsWith("NN") && !tree.token(conj).pos().startsWith("NNP")
                && argumentCues.in(tree.lemma(conj), "PERSON_NOUN");
    }

    /**
     * The words coordinated with the one before {@code pronoun} that names {@code actor}: "they" and
     * "their" after "Jordan and Syria" stand for both.
     */
    private static List<Integer> coordinatedWith(SentenceTree tree, ActorIndex actors, String actor, int pronoun) {
        for (int t = pronoun - 1; t >= 0; t--) {
            if (actors.at(t).filter(m -> m.entityId().equals(actor)).isEmpty())
                continue;
            int first = tree.relation(t).equals("conj") ? tree.governor(t) : t;
            List<Integer> all = new ArrayList<>(List.of(first));
            all.addAll(tree.children(first, "conj"));
            return all;
        }
        return List.of();
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

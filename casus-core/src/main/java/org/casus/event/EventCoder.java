package org.casus.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casus.model.ActorMention;
import org.casus.model.Annotated;
import org.casus.model.EventMention;
import org.casus.model.Layer;
import org.casus.model.Sentence;
import org.casus.model.Timex;

/**
 * The event stage: finds, in every sentence of an annotated article, who did what to whom, where,
 * when and how many, whether it happened and who says so, and codes it in CAMEO with its Goldstein
 * score and PLOVER category.
 *
 * <p>Event words come from Casus's lexicon ({@code lexicon.tsv}: verbs and nouns with cues, covering
 * all 20 CAMEO roots); their actors from the dependency parse and the article's actor mentions; the
 * rest from word lists shipped beside this class. A threat, a condition, a plan or a denial is
 * coded with that modality and never as an event that took place. The data is read once, when the
 * coder is made; after that it is a function, safe to share between threads.
 */
public final class EventCoder {
    /** What the coder reads from the language layer. */
    public static final Set<Layer> REQUIRES = Set.copyOf(EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS,
            Layer.LEMMAS, Layer.ENTITIES, Layer.TIMEX, Layer.DEPENDENCIES));

    private final Lexicon lexicon;
    private final SentenceCoder sentences;
    private final WordLists arguments;
    private final WordLists attribution;
    private final WeaponFollowUp followUps;
    private final QuotationSpeakers quotations;

    /** A coder with the shipped lexicon and word lists; a broken data file is an IllegalStateException. */
    public EventCoder() {
        CameoCatalog catalog = new CameoCatalog();
        WordLists modality = new WordLists("modality-cues.tsv");
        WordLists arguments = new WordLists("argument-cues.tsv");
        WordLists attribution = new WordLists("attribution-cues.tsv");
        this.arguments = arguments;
        this.attribution = attribution;
        Subjects subjects = new Subjects(arguments, attribution);
        QuantityReader quantities = new QuantityReader();
        this.followUps = new WeaponFollowUp(quantities.thingNames());
        this.quotations = new QuotationSpeakers(attribution, arguments);
        this.lexicon = new Lexicon(catalog, modality.get("CIRCUMSTANCE"));
        this.sentences = new SentenceCoder(catalog,
                new PredicateFinder(lexicon, new ActFrames(catalog), modality, arguments),
                new ArgumentFinder(subjects, arguments, attribution, quantities.things()),
                new Folding(subjects, arguments), new ModalityReader(modality),
                new AttributionFinder(subjects, attribution), new LocationFinder(arguments), quantities, subjects, arguments,
                new DateFinder(attribution, arguments));
    }

    /**
     * Whether a sentence with these lemmas (in lower case) may hold an event: whether one of them is
     * an event word of the lexicon. A sentence without one codes to nothing, so it needs no parse.
     */
    public boolean mayHoldEvent(List<String> lemmas) {
        for (String lemma : lemmas)
            if (lexicon.namesEvent(lemma))
                return true;
        return false;
    }

    /**
     * Codes every sentence of {@code annotated}.
     *
     * @param annotated an article with at least the {@link #REQUIRES} layers
     * @param actors    the article's actor mentions from the entity stage; events whose parties are
     *                  not among them are still coded, with an empty source or target
     * @return the event mentions in text order; each one's span cuts its quote out of the article text
     * @throws IllegalArgumentException when {@code annotated} lacks a layer the coder needs
     */
    public List<EventMention> code(Annotated annotated, List<ActorMention> actors) {
        Set<Layer> missing = EnumSet.copyOf(REQUIRES);
        missing.removeAll(annotated.layers());
        if (!missing.isEmpty())
            throw new IllegalArgumentException("event coding needs the layers " + missing
                    + ", which article " + annotated.article().id() + " lacks");
        List<SentenceTree> trees = annotated.sentences().stream().map(SentenceTree::new).toList();
        Antecedents antecedents = new Antecedents(trees, actors, arguments, attribution);
        List<EventMention> mentions = new ArrayList<>();
        Set<Integer> timed = new HashSet<>();
        for (SentenceTree tree : trees) {
            Sentence sentence = tree.sentence();
            List<Timex> timexes = annotated.timexes().stream()
                    .filter(t -> sentence.span().contains(t.span())).toList();
            if (!timexes.isEmpty())
                timed.add(sentence.index());
            mentions.addAll(sentences.code(annotated, tree, timexes, actors, antecedents));
        }
        List<EventMention> dated = NarrativeTime.carry(followUps.add(annotated, mentions), trees, timed);
        return List.copyOf(quotations.attribute(annotated, actors, dated));
    }
}

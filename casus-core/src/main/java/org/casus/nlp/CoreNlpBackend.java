package org.casus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.casus.model.Annotated;
import org.casus.model.Article;
import org.casus.model.Layer;

/**
 * The {@link NlpBackend} on Stanford CoreNLP: tokens and sentences, part-of-speech tags, lemmas,
 * named entities with SUTime time expressions, and Universal Dependencies parses. SUTime's values
 * then go through Casus's own {@link TimexNormalizer}.
 *
 * <p>Loading the models takes ten seconds or more and 0.8 GB of heap (1.8 to 2.5 GB at peak while
 * two threads annotate in a 3 GB heap), so make one backend per process and share it: {@link #annotate} may be called
 * from several threads at once. Each call works on its own CoreNLP {@code Annotation}; the loaded
 * annotators and the parser only read their models, which is how CoreNLP's own multi-threaded mode
 * shares them too, and {@code CoreNlpBackendIT} checks that parallel results equal serial ones.
 *
 * <p>Entities are CoreNLP's coarse classes (PERSON, ORGANIZATION, LOCATION and quantities):
 * the fine-grained ones would quadruple the time NER takes. SUTime runs only on sentences with a
 * time word or a digit, and there only on the stretches around them ({@code EntityTagger}); the
 * parse runs only on the sentences the caller's filter accepts.
 */
public final class CoreNlpBackend implements NlpBackend {
    static {
        // core logs only through slf4j-api; the binding the application picks decides what shows
        RedwoodConfiguration.slf4j().apply();
    }

    /**
     * One of CoreNLP's three default CRF models: the one trained on the most text, for PERSON,
     * ORGANIZATION and LOCATION. MUC's seven classes only add dates, money and percentages, which
     * the numeric classifiers and SUTime give anyway. CoNLL's four add MISC, where nationalities
     * ("Iranian") fall, for a sixth of all the language layer's time; the entity stage finds those
     * by the gazetteer's spellings instead.
     */
    private static final List<String> ENTITY_MODELS = List.of(
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");

    /**
     * How many of the parser's most frequent (feature, position) inputs have their hidden-layer
     * product computed at load time rather than per sentence. The model lists about 100,000;
     * CoreNLP's default takes 20,000, which left a quarter of the parse in those products. Each
     * costs 8 KB of heap (the hidden layer has 1,000 units): 50,000 take 240 MB more than 20,000
     * for a quarter of the parse time; all 100,000 were no faster on the seed articles.
     */
    private static final int PRECOMPUTED = 50_000;

    private final Set<Layer> layers;
    private final StanfordCoreNLP pipeline;
    private final Optional<EntityTagger> entities;
    private final AnnotationReader reader;
    private final Optional<TransitionParser> parser;

    /** A backend with every layer. */
    public CoreNlpBackend() {
        this(EnumSet.allOf(Layer.class));
    }

    /**
     * A backend that loads only what {@code wanted} needs (a dependency parse costs about a third
     * of the time). It may provide more layers than asked: POS tags come with entities, for example.
     */
    public CoreNlpBackend(Set<Layer> wanted) {
        this(wanted, lemmas -> true);
    }

    /**
     * A backend that loads only what {@code wanted} needs and parses only the sentences
     * {@code parsed} accepts; the others come with no dependencies. The parse is about a third of
     * the time, and a stage that reads it only around certain words (the event stage: its event
     * words) need not pay for the sentences without them.
     *
     * @param parsed given a sentence's lemmas in lower case, in order, whether to parse it; called
     *               from the threads that call {@link #annotate}, so it must be thread-safe
     */
    public CoreNlpBackend(Set<Layer> wanted, Predicate<List<String>> parsed) {
        Set<String> annotators = new LinkedHashSet<>();
        annotators.add("tokenize");
        annotators.add("ssplit");
        Set<Layer> provided = EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
        Optional<EntityTagger> entities = Optional.empty();
        if (wanted.contains(Layer.POS) || wanted.contains(Layer.LEMMAS) || wanted.contains(Layer.ENTITIES)
                || wanted.contains(Layer.TIMEX) || wanted.contains(Layer.DEPENDENCIES)) {
            annotators.add("pos");
            provided.add(Layer.POS);
        }
        if (wanted.contains(Layer.LEMMAS) || wanted.contains(Layer.ENTITIES) || wanted.contains(Layer.TIMEX)) {
            // CoreNLP's NER reads lemmas
            annotators.add("lemma");
            entities = Optional.of(new EntityTagger(ENTITY_MODELS));
            provided.addAll(EnumSet.of(Layer.LEMMAS, Layer.ENTITIES, Layer.TIMEX));
        }
        // the parser runs on its own, not as CoreNLP's depparse annotator: that one also derives four
        // more graphs (collapsed, enhanced, enhanced++...) from every parse, which costs more than
        // half as much again as parsing, and Casus keeps only the basic tree
        Optional<TransitionParser> parser = Optional.empty();
        if (wanted.contains(Layer.DEPENDENCIES)) {
            parser = Optional.of(TransitionParser.load(DependencyParser.DEFAULT_MODEL, PRECOMPUTED));
            provided.add(Layer.DEPENDENCIES);
        }
        this.layers = Set.copyOf(provided);
        this.pipeline = new StanfordCoreNLP(properties(String.join(",", annotators)));
        this.entities = entities;
        this.parser = parser;
        this.reader = new AnnotationReader(layers, new TimexNormalizer(), parser, parsed);
    }

    private static Properties properties(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        // a blank line ends a paragraph, and no sentence runs across paragraphs or a headline
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return props;
    }

    /** The parser, when the dependency layer is loaded. */
    Optional<TransitionParser> parser() {
        return parser;
    }

    @Override
    public Set<Layer> provides() {
        return layers;
    }

    @Override
    public Annotated annotate(Article article) {
        Annotation document = new Annotation(article.text());
        // each call has its own Annotation, so the reference date travels with the document and
        // parallel calls cannot see each other's date
        article.published().ifPresent(date -> document.set(CoreAnnotations.DocDateAnnotation.class, date.toString()));
        pipeline.annotate(document);
        entities.ifPresent(tagger -> tagger.annotate(document));
        return reader.read(article, document);
    }

    /**
     * Empties CoreNLP's process-wide cache of loaded annotators, which otherwise keeps the models
     * for the next pipeline with the same settings. Backends still open keep working.
     */
    @Override
    public void close() {
        StanfordCoreNLP.clearAnnotatorPool();
    }
}

package org.casus.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's named-entity step (CRF models, numeric classifiers, SUTime, entity mentions), with
 * SUTime run only on the sentences that hold a time word. SUTime tries each of its several hundred
 * rules on every sentence it sees, which made it half the cost of the whole step; a sentence
 * without a time word or a digit gets the same model and numeric classifiers without it.
 *
 * <p>The two taggers share the loaded models. Like CoreNLP's own annotator, this is safe to call
 * from several threads, each with its own document.
 */
final class EntityTagger {
    private final NERCombinerAnnotator timed;
    private final NERCombinerAnnotator untimed;
    private final EntityMentionsAnnotator mentions = new EntityMentionsAnnotator("ner.entitymentions", new Properties());
    private final TimeWords timeWords = new TimeWords();

    /**
     * @param models the CRF models' resource paths; as in CoreNLP, a later model adds only the
     *               classes no earlier one has
     */
    EntityTagger(List<String> models) {
        List<AbstractSequenceClassifier<CoreLabel>> crfs = new ArrayList<>();
        for (String model : models) {
            try {
                crfs.add(CRFClassifier.getClassifier(model));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the entity model " + model, e);
            } catch (ClassNotFoundException | ClassCastException e) {
                throw new IllegalStateException("cannot load the entity model " + model, e);
            }
        }
        this.timed = annotator(crfs, true);
        this.untimed = annotator(crfs, false);
    }

    @SuppressWarnings("unchecked")
    private static NERCombinerAnnotator annotator(List<AbstractSequenceClassifier<CoreLabel>> crfs, boolean sutime) {
        try {
            // SUTime's default options never look for a document date in the text, so relative
            // expressions count from the article's own date or stay unresolved (CoreNlpBackendIT
            // checks both). Fine-grained classes off: their regular-expression lists cost three times
            // the rest, and the entity stage's gazetteer tells countries from cities. Mentions are
            // built once for the whole document, below.
            return new NERCombinerAnnotator(new NERClassifierCombiner(true, sutime,
                    crfs.toArray(AbstractSequenceClassifier[]::new)), false, 1, 0,
                    Integer.MAX_VALUE, false, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the entity tagger", e);
        }
    }

    /** Tags the tokens of {@code document} (tokenised, split, tagged and lemmatised) and adds its mentions. */
    void annotate(Annotation document) {
        List<CoreMap> withTime = new ArrayList<>();
        List<CoreMap> without = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class))
            (timeWords.mayHoldTime(sentence.get(CoreAnnotations.TokensAnnotation.class)) ? withTime : without)
                    .add(sentence);
        // each tagger sees the document with only its sentences; the tokens are shared, so the tags
        // land in the document, and SUTime numbers its expressions across all the timed sentences
        timed.annotate(view(document, withTime));
        untimed.annotate(view(document, without));
        mentions.annotate(document);
    }

    private static Annotation view(Annotation document, List<CoreMap> sentences) {
        Annotation view = new Annotation(document);
        view.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        return view;
    }
}

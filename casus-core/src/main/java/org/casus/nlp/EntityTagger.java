package org.casus.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.QuantifiableEntityNormalizer;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's named-entity step (CRF models, numeric classifiers, SUTime, entity mentions), with
 * SUTime run only where a time can be. SUTime tries each of its several hundred token-pattern rules
 * at every token it is given, which made it the costliest part of the step. A sentence without a
 * time word or a digit gets the CRF models and numeric classifiers without it; in the others SUTime
 * and CoreNLP's number rules see only the stretches around the words they read (time words,
 * numbers, ordinals; {@link TimeWords#anchorsNumber}), {@value #MARGIN} tokens either side, while
 * the CRF models still tag the whole sentence.
 *
 * <p>The taggers share the loaded models. Like CoreNLP's own annotator, this is safe to call from
 * several threads, each with its own document.
 */
final class EntityTagger {
    /**
     * Tokens kept on each side of a word SUTime may read. Its rules reach a few tokens out from such
     * a word ("the end of the fiscal year"), and two stretches this close merge into one. With two
     * tokens, expressions lost their first words ("the end of this week"); with four or more,
     * 457 news and TimeML documents gave the same tags and values as whole sentences, except for
     * the words SUTime reads that are not in {@code time-words.txt} ("medieval", "Sioux Falls" as
     * an autumn), which the sentence filter already leaves out of sentences without another.
     */
    private static final int MARGIN = 5;

    private final NERClassifierCombiner models;
    /**
     * CoreNLP's number rules with SUTime. SUTime's default options never look for a document date
     * in the text, so relative expressions count from the article's own date or stay unresolved
     * (CoreNlpBackendIT checks both).
     */
    private final NumberSequenceClassifier numbers = new NumberSequenceClassifier(true);
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
        this.models = combiner(crfs, false, false);
        this.untimed = annotator(combiner(crfs, true, false));
    }

    @SuppressWarnings("unchecked")
    private static NERClassifierCombiner combiner(List<AbstractSequenceClassifier<CoreLabel>> crfs, boolean numeric,
                                                  boolean sutime) {
        try {
            return new NERClassifierCombiner(numeric, sutime, crfs.toArray(AbstractSequenceClassifier[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the entity tagger", e);
        }
    }

    private static NERCombinerAnnotator annotator(NERClassifierCombiner combiner) {
        // Fine-grained classes off: their regular-expression lists cost three times the rest, and
        // the entity stage's gazetteer tells countries from cities. Mentions are built once for the
        // whole document, below.
        return new NERCombinerAnnotator(combiner, false, 1, 0, Integer.MAX_VALUE, false, false);
    }

    /** Tags the tokens of {@code document} (tokenised, split, tagged and lemmatised) and adds its mentions. */
    void annotate(Annotation document) {
        List<CoreMap> withTime = new ArrayList<>();
        List<CoreMap> without = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class))
            (timeWords.mayHoldTime(sentence.get(CoreAnnotations.TokensAnnotation.class)) ? withTime : without)
                    .add(sentence);
        // SUTime numbers its expressions across all the timed sentences of the document
        for (CoreMap sentence : withTime)
            tagAroundTimes(document, sentence);
        numbers.finalizeClassification(document);
        // the untimed tagger sees the document with only its sentences; the tokens are shared, so
        // the tags land in the document
        untimed.annotate(view(document, without));
        mentions.annotate(document);
    }

    private static Annotation view(Annotation document, List<CoreMap> sentences) {
        Annotation view = new Annotation(document);
        view.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        return view;
    }

    /**
     * What CoreNLP's entity annotator does with SUTime on (models, then number and time rules where
     * the models found nothing, then normalised values), except that the rules see only the
     * stretches around the words they read.
     */
    private void tagAroundTimes(Annotation document, CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> output = models.classifySentenceWithGlobalInformation(tokens, document, sentence);
        // the number rules overwrite answers, so they work on copies and only fill what the models left
        List<CoreLabel> copies = NumberSequenceClassifier.copyTokens(output, sentence);
        for (CoreLabel copy : copies)
            if (copy.get(CoreAnnotations.AnswerAnnotation.class) == null)
                copy.set(CoreAnnotations.AnswerAnnotation.class, numbers.flags.backgroundSymbol);
        for (int[] stretch : stretches(tokens))
            numbers.classifyWithGlobalInformation(copies.subList(stretch[0], stretch[1]), document,
                    part(document, sentence, stretch[0], stretch[1]));
        String background = numbers.flags.backgroundSymbol;
        for (int i = 0; i < output.size(); i++) {
            CoreLabel word = output.get(i);
            CoreLabel copy = copies.get(i);
            String before = word.get(CoreAnnotations.AnswerAnnotation.class);
            String guess = copy.get(CoreAnnotations.AnswerAnnotation.class);
            if ((before == null || before.equals(background) || before.equals("MISC")) && !guess.equals(background))
                word.set(CoreAnnotations.AnswerAnnotation.class, guess);
            NumberSequenceClassifier.transferAnnotations(copy, word);
        }
        for (CoreLabel word : output)
            word.set(CoreAnnotations.NamedEntityTagAnnotation.class, word.get(CoreAnnotations.AnswerAnnotation.class));
        QuantifiableEntityNormalizer.addNormalizedQuantitiesToEntities(output, false, true);
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            String tag = output.get(i).get(CoreAnnotations.NamedEntityTagAnnotation.class);
            String normalized = output.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            token.setNER(tag);
            token.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, tag);
            if (normalized != null)
                token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, normalized);
            NumberSequenceClassifier.transferAnnotations(output.get(i), token);
        }
    }

    /** The token ranges, {@code [from, to)}, within {@link #MARGIN} of a word SUTime or the number rules read. */
    private List<int[]> stretches(List<CoreLabel> tokens) {
        List<int[]> stretches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!timeWords.anchorsNumber(tokens.get(i)))
                continue;
            int from = Math.max(0, i - MARGIN);
            int to = Math.min(tokens.size(), i + MARGIN + 1);
            int[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && from <= last[1])
                last[1] = to;
            else
                stretches.add(new int[] {from, to});
        }
        return stretches;
    }

    /** A sentence of its own for the tokens {@code [from, to)} of {@code sentence}, as SUTime reads one. */
    private static CoreMap part(Annotation document, CoreMap sentence, int from, int to) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).subList(from, to);
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        int first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        CoreMap part = new ArrayCoreMap();
        part.set(CoreAnnotations.TextAnnotation.class, document.get(CoreAnnotations.TextAnnotation.class).substring(begin, end));
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        part.set(CoreAnnotations.TokenBeginAnnotation.class, first + from);
        part.set(CoreAnnotations.TokenEndAnnotation.class, first + to);
        part.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
        return part;
    }
}

package org.casus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.casus.model.Annotated;
import org.casus.model.Article;
import org.casus.model.Dependency;
import org.casus.model.Layer;
import org.casus.model.NamedEntity;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Timex;
import org.casus.model.Token;

/** Reads Casus records out of a CoreNLP annotation, so that no CoreNLP type leaves this package. */
final class AnnotationReader {
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> QUANTITIES = Set.of("NUMBER", "ORDINAL", "MONEY", "PERCENT");

    private final Set<Layer> layers;
    private final TimexNormalizer normalizer;
    private final Optional<TransitionParser> parser;
    private final Predicate<List<String>> parsed;

    /** @param parsed which sentences {@code parser} parses, given their lemmas in lower case */
    AnnotationReader(Set<Layer> layers, TimexNormalizer normalizer, Optional<TransitionParser> parser,
                     Predicate<List<String>> parsed) {
        this.layers = layers;
        this.normalizer = normalizer;
        this.parser = parser;
        this.parsed = parsed;
    }

    Annotated read(Article article, Annotation document) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class))
            sentences.add(sentence(sentences.size(), sentence, text));
        List<NamedEntity> entities = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        if (layers.contains(Layer.ENTITIES)) {
            List<CoreMap> mentions = document.get(CoreAnnotations.MentionsAnnotation.class);
            for (CoreMap mention : mentions == null ? List.<CoreMap>of() : mentions) {
                String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                Span span = new Span(mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                if (!TEMPORAL.contains(type) && taggedAs(mention, type))
                    entities.add(new NamedEntity(span, span.cut(text), type, QUANTITIES.contains(type)
                            ? Optional.ofNullable(mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))
                            : Optional.empty()));
            }
            timexes.addAll(timexes(document, text, article.published().isPresent()));
        }
        return new Annotated(article, layers, sentences, entities, layers.contains(Layer.TIMEX)
                ? normalizer.normalize(timexes, sentences, text, article.published()) : List.of());
    }

    /** False for the pronoun mentions ("he") CoreNLP adds for coreference: their tokens carry no tag. */
    private static boolean taggedAs(CoreMap mention, String type) {
        List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        return !tokens.isEmpty() && type.equals(tokens.get(0).ner());
    }

    /**
     * SUTime's expressions, read from the tokens: each token carries the timex it is part of, and
     * a run of tokens with the same timex id is one expression. (CoreNLP's entity mentions would
     * merge two adjacent expressions, "four hours Friday", into one without a value.)
     */
    private List<Timex> timexes(Annotation document, String text, boolean dated) {
        List<Timex> found = new ArrayList<>();
        edu.stanford.nlp.time.Timex current = null;
        int start = 0;
        int end = 0;
        for (CoreLabel token : document.get(CoreAnnotations.TokensAnnotation.class)) {
            edu.stanford.nlp.time.Timex timex = token.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null && !TEMPORAL.contains(String.valueOf(timex.timexType())))
                timex = null; // not one of the four TIMEX3 types: nothing Casus can represent
            if (current != null && (timex == null || !Objects.equals(timex.tid(), current.tid()))) {
                found.add(timex(current, new Span(start, end), text, dated));
                current = null;
            }
            if (timex != null && current == null) {
                current = timex;
                start = token.beginPosition();
            }
            end = token.endPosition();
        }
        if (current != null)
            found.add(timex(current, new Span(start, end), text, dated));
        return found;
    }

    private Timex timex(edu.stanford.nlp.time.Timex sutime, Span span, String text, boolean dated) {
        return normalizer.fromSutime(span, span.cut(text), Timex.Type.valueOf(sutime.timexType()),
                Optional.ofNullable(sutime.value()), dated);
    }

    private Sentence sentence(int index, CoreMap sentence, String text) {
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            Span span = new Span(label.beginPosition(), label.endPosition());
            String word = span.cut(text);
            tokens.add(new Token(word, layers.contains(Layer.LEMMAS) ? orElse(label.lemma(), word) : word,
                    layers.contains(Layer.POS) ? orElse(label.tag(), "") : "",
                    layers.contains(Layer.ENTITIES) ? orElse(label.ner(), "O") : "O", span));
        }
        Span span = new Span(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        return new Sentence(index, span, tokens, dependencies(sentence, tokens));
    }

    private static String orElse(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    /** The basic Universal Dependencies tree; the parser is safe to call from several threads. */
    private List<Dependency> dependencies(CoreMap sentence, List<Token> tokens) {
        if (parser.isEmpty() || !parsed.test(tokens.stream().map(t -> t.lemma().toLowerCase(Locale.ROOT)).toList()))
            return List.of();
        return parser.get().parse(sentence);
    }
}

package org.casus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.casus.model.Dependency;
import org.casus.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Casus's scoring of CoreNLP's parser gives the trees CoreNLP's own predict gives. */
class TransitionParserIT {

    @Test
    void parsesEverySeedSentenceAsCoreNlpDoes() throws IOException {
        TransitionParser parser = SharedBackend.get().parser().orElseThrow();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        StanfordCoreNLP tagger = new StanfordCoreNLP(props);
        int sentences = 0;
        int words = 0;
        try (Stream<Path> files = Files.list(SharedData.folder("seeds"))) {
            for (Path seed : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Annotation document = new Annotation(Files.readString(seed, StandardCharsets.UTF_8));
                tagger.annotate(document);
                for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
                    List<Dependency> ours = parser.parse(sentence);
                    assertThat(ours).as(sentence.toString()).isEqualTo(coreNlp(parser, sentence));
                    sentences++;
                    words += ours.size();
                }
            }
        }
        assertThat(sentences).isGreaterThan(150);
        assertThat(words).isGreaterThan(4000);
    }

    private static List<Dependency> coreNlp(TransitionParser parser, CoreMap sentence) {
        List<Dependency> edges = new ArrayList<>();
        for (TypedDependency d : parser.coreNlp().predict(sentence).typedDependencies())
            edges.add(new Dependency(d.gov().index() == 0 ? Dependency.ROOT : d.gov().index() - 1,
                    d.dep().index() - 1, d.reln().toString()));
        edges.sort(Comparator.comparingInt(Dependency::dependent));
        return edges;
    }
}

package org.casus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casus.model.Annotated;
import org.casus.model.Dependency;
import org.casus.model.NamedEntity;
import org.casus.model.Sentence;
import org.casus.model.Timex;
import org.casus.model.Token;

/**
 * What every {@link Annotated} from a backend must hold, whatever the article: each span cuts
 * exactly its text out of the article, tokens and sentences follow the text in order, and each
 * parsed sentence is one tree.
 */
final class AnnotatedContract {
    private AnnotatedContract() {
    }

    static void check(Annotated annotated) {
        String text = annotated.article().text();
        int previousEnd = 0;
        for (Sentence sentence : annotated.sentences()) {
            assertThat(sentence.span().start()).as("sentence %d starts after the one before", sentence.index())
                    .isGreaterThanOrEqualTo(previousEnd);
            previousEnd = sentence.span().end();
            assertThat(sentence.tokens()).as("sentence %d has tokens", sentence.index()).isNotEmpty();
            int tokenEnd = sentence.span().start();
            for (Token token : sentence.tokens()) {
                assertThat(token.span().cut(text)).isEqualTo(token.word());
                assertThat(token.span().start()).as("token '%s' in order", token.word()).isGreaterThanOrEqualTo(tokenEnd);
                assertThat(sentence.span().contains(token.span())).as("token '%s' inside its sentence", token.word()).isTrue();
                tokenEnd = token.span().end();
            }
            checkTree(sentence);
        }
        for (NamedEntity entity : annotated.entities())
            assertThat(entity.span().cut(text)).isEqualTo(entity.text());
        for (Timex timex : annotated.timexes())
            assertThat(timex.span().cut(text)).isEqualTo(timex.text());
    }

    /** One head per token and a root in each sentence: a tree over all its tokens. */
    private static void checkTree(Sentence sentence) {
        List<Dependency> edges = sentence.dependencies();
        assertThat(edges).as("sentence %d is parsed", sentence.index()).isNotEmpty();
        for (int i = 0; i < sentence.tokens().size(); i++) {
            int token = i;
            assertThat(edges.stream().filter(d -> d.dependent() == token).count())
                    .as("heads of token %d '%s' in sentence %d", i, sentence.tokens().get(i).word(), sentence.index())
                    .isEqualTo(1);
        }
        assertThat(edges.stream().filter(Dependency::isRoot).count()).as("roots of sentence %d", sentence.index())
                .isGreaterThanOrEqualTo(1);
    }
}

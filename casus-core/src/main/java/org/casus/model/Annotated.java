package org.casus.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An article with the language layers an NLP backend added. Every span is into
 * {@code article.text()}; lists are in text order.
 *
 * @param article   the article as it came in, unchanged
 * @param layers    what the backend filled in; a list for a layer not in the set is empty
 * @param sentences the sentences, each with its tokens and dependency tree
 * @param entities  named-entity and quantity mentions
 * @param timexes   time expressions, normalised against {@code article.published()}
 */
public record Annotated(Article article, Set<Layer> layers, List<Sentence> sentences,
                        List<NamedEntity> entities, List<Timex> timexes) {

    public Annotated {
        Objects.requireNonNull(article, "article");
        layers = Set.copyOf(layers);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
    }

    /** The sentence that holds {@code span}, if one does wholly. */
    public Optional<Sentence> sentenceOf(Span span) {
        return sentences.stream().filter(s -> s.span().contains(span)).findFirst();
    }
}

package org.casus.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One sentence of an article with its tokens and dependency tree.
 *
 * @param index        0-based position among the article's sentences
 * @param span         where it stands in {@link Article#text()}, first token to last
 * @param tokens       in text order
 * @param dependencies edges between {@code tokens} by index; empty when the backend did not parse
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        if (index < 0)
            throw new IllegalArgumentException("negative sentence index " + index);
        for (Dependency d : dependencies)
            if (d.governor() >= tokens.size() || d.dependent() >= tokens.size())
                throw new IllegalArgumentException("sentence " + index + " has " + tokens.size()
                        + " tokens but an edge " + d);
    }

    /** The indexes of the tokens that lie inside {@code within}, in order; empty if none does. */
    public List<Integer> tokensIn(Span within) {
        return IntStream.range(0, tokens.size())
                .filter(i -> within.contains(tokens.get(i).span())).boxed().toList();
    }

    /** The edges whose governor is token {@code head}. */
    public List<Dependency> dependentsOf(int head) {
        return dependencies.stream().filter(d -> d.governor() == head).toList();
    }

    /** The edge that attaches token {@code dependent} to its head; every parsed token has one. */
    public Optional<Dependency> headOf(int dependent) {
        return dependencies.stream().filter(d -> d.dependent() == dependent).findFirst();
    }
}

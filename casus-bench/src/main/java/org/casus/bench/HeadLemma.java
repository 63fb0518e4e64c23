package org.casus.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Annotated;
import org.casus.model.Dependency;
import org.casus.model.Sentence;
import org.casus.model.Span;

/**
 * The lemma of the word that heads a mention: of the tokens the mention's spans cover, the first
 * whose governor in the dependency tree lies outside them ("checked into" gives "check").
 */
final class HeadLemma {

    private HeadLemma() {
    }

    /** Lower-cased; empty when no token of a parsed sentence lies under {@code spans}. */
    static Optional<String> of(Annotated annotated, List<Span> spans) {
        for (Sentence sentence : annotated.sentences()) {
            Set<Integer> inside = new HashSet<>();
            for (int i = 0; i < sentence.tokens().size(); i++)
                for (Span span : spans)
                    if (sentence.tokens().get(i).span().overlaps(span))
                        inside.add(i);
            if (inside.isEmpty())
                continue;
            int head = inside.stream().sorted()
                    .filter(i -> sentence.headOf(i).map(Dependency::governor).filter(inside::contains).isEmpty())
                    .findFirst().orElse(inside.stream().min(Integer::compare).orElseThrow());
            return Optional.of(sentence.tokens().get(head).lemma().toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }
}

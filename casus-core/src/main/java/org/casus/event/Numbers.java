package org.casus.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.NamedEntity;
import org.casus.model.Sentence;
import org.casus.model.Token;

/** The whole numbers a sentence's tokens stand for, as the language layer normalised them. */
final class Numbers {
    private final Map<Integer, Long> byToken = new HashMap<>();

    Numbers(Sentence sentence, List<NamedEntity> entities) {
        for (NamedEntity e : entities) {
            if (!e.type().equals("NUMBER") || e.normalized().isEmpty() || !sentence.span().contains(e.span()))
                continue;
            Optional<Long> value = whole(e.normalized().get());
            if (value.isPresent())
                for (int i : sentence.tokensIn(e.span()))
                    byToken.put(i, value.get());
        }
        for (int i = 0; i < sentence.tokens().size(); i++) {
            String word = sentence.tokens().get(i).word().replace(",", "");
            if (!byToken.containsKey(i) && word.matches("\\d{1,9}"))
                byToken.put(i, Long.parseLong(word));
        }
        // "B-52", "BM-21": a number glued to a name by a hyphen is a model, not a count
        for (int i = 1; i < sentence.tokens().size(); i++) {
            Token before = sentence.tokens().get(i - 1);
            Token token = sentence.tokens().get(i);
            if (before.span().end() == token.span().start() && (before.word().endsWith("-") || token.word().startsWith("-")))
                byToken.remove(i);
            if (token.word().matches("\\p{L}+-\\d+"))
                byToken.remove(i);
        }
    }

    // "7.0" and "3000.0" are counts, and so is ">=5.0" for "at least five"; "2.5" is not
    private static Optional<Long> whole(String normalized) {
        try {
            double d = Double.parseDouble(normalized.replaceFirst("^[<>=~]+", ""));
            return d >= 0 && d == Math.rint(d) && d < 1e12 ? Optional.of((long) d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    Optional<Long> at(int token) {
        return Optional.ofNullable(byToken.get(token));
    }
}

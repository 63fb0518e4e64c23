package org.casus.nlp;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.model.Sentence;
import org.casus.model.Timex;
import org.casus.model.Token;

/**
 * "Mid-January", "mid-1996": the tokenizer keeps them as one word, which SUTime does not read.
 * They are the month or year they name (TimeML puts "mid" in a modifier Casus does not keep).
 */
final class MidExpression {
    private static final Pattern MID = Pattern.compile("mid-(?:(\\d{4})|([a-z]+)\\.?)", Pattern.CASE_INSENSITIVE);

    private MidExpression() {
    }

    /** The mid-expressions no timex in {@code found} covers yet. */
    static List<Timex> find(List<Sentence> sentences, List<Timex> found, Optional<LocalDate> published) {
        List<Timex> added = new ArrayList<>();
        for (Sentence sentence : sentences) {
            for (Token token : sentence.tokens()) {
                Matcher m = MID.matcher(token.word());
                if (!m.matches() || found.stream().anyMatch(t -> t.span().overlaps(token.span())))
                    continue;
                Optional<String> value;
                if (m.group(1) != null) {
                    value = Optional.of(m.group(1));
                } else {
                    Optional<Month> month = month(m.group(2));
                    if (month.isEmpty())
                        continue;
                    int number = month.get().getValue();
                    Tense tense = Tense.around(sentence, token.span());
                    value = Optional.of(published
                            .map(p -> String.format(Locale.ROOT, "%04d-%02d", CalendarName.yearOf(number, 0, p, tense), number))
                            .orElse(String.format(Locale.ROOT, "XXXX-%02d", number)));
                }
                added.add(TimexNormalizer.timex(token.span(), token.word(), Timex.Type.DATE, value, published.isPresent()));
            }
        }
        return added;
    }

    private static Optional<Month> month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!CalendarName.MONTH.matcher(w).matches())
            return Optional.empty();
        for (Month m : Month.values())
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3)))
                return Optional.of(m);
        return Optional.empty();
    }
}

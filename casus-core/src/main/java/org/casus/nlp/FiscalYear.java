package org.casus.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Timex;
import org.casus.model.Token;

/**
 * "This fiscal year", "last fiscal year": SUTime reads only "year", as a one-year duration. The
 * phrase names a year counted from the article's date, as "this year" does; Casus values it at the
 * calendar year, since the fiscal calendar of the company is not known.
 */
final class FiscalYear {
    private static final Map<String, Integer> OFFSETS = Map.of("this", 0, "current", 0, "next", 1, "coming", 1,
            "last", -1, "previous", -1, "latest", -1, "past", -1);

    private FiscalYear() {
    }

    static Optional<Timex> extend(Timex t, Optional<Sentence> sentence, Optional<LocalDate> published, String text) {
        if (!t.text().equalsIgnoreCase("year") || sentence.isEmpty())
            return Optional.empty();
        List<Token> tokens = sentence.get().tokens();
        int at = 0;
        while (at < tokens.size() && tokens.get(at).span().start() < t.span().start())
            at++;
        if (at < 2 || !tokens.get(at - 1).word().equalsIgnoreCase("fiscal"))
            return Optional.empty();
        Integer offset = OFFSETS.get(tokens.get(at - 2).word().toLowerCase(Locale.ROOT));
        if (offset == null)
            return Optional.empty();
        int start = at >= 3 && tokens.get(at - 3).word().equalsIgnoreCase("the") ? at - 3 : at - 2;
        Span span = new Span(tokens.get(start).span().start(), t.span().end());
        Optional<String> value = published.map(p -> Integer.toString(p.getYear() + offset));
        return Optional.of(TimexNormalizer.timex(span, span.cut(text), Timex.Type.DATE, value, published.isPresent()));
    }
}

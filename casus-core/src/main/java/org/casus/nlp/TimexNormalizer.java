package org.casus.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.casus.model.Precision;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Timex;

/**
 * Casus's corrections to SUTime's time expressions: TimeML conventions as news annotators apply
 * them (TempEval-3), and the rule that nothing relative is resolved without the article's date.
 * Every rule is about the kind of expression, never about a particular text.
 */
final class TimexNormalizer {

    /** A timex from SUTime's type and value, marked resolved only when it needs no missing date. */
    Timex fromSutime(Span span, String text, Timex.Type type, Optional<String> value, boolean dated) {
        return timex(span, text, type, value.filter(v -> !v.isBlank()), dated);
    }

    /** The corrected timexes, in text order. */
    List<Timex> normalize(List<Timex> timexes, List<Sentence> sentences, String text, Optional<LocalDate> published) {
        boolean dated = published.isPresent();
        List<Timex> out = new ArrayList<>();
        for (Timex found : timexes) {
            if (NotTimexWords.matches(found.text()))
                continue;
            Optional<Timex> fiscal = FiscalYear.extend(found, sentenceOf(sentences, found.span()), published, text);
            if (fiscal.isPresent()) {
                out.add(fiscal.get());
                continue;
            }
            for (Timex t : YearRange.split(found)) {
                t = TimexValueStyle.apply(t, dated);
                Optional<Timex> period = PeriodDuration.match(t);
                if (period.isPresent()) {
                    out.add(period.get());
                    continue;
                }
                if (published.isPresent()) {
                    Tense tense = sentenceOf(sentences, t.span()).map(s -> Tense.around(s, found.span()))
                            .orElse(Tense.PRESENT);
                    Timex relative = t;
                    t = RelativeUnit.resolve(relative, published.get(), tense)
                            .or(() -> CalendarName.resolve(relative, published.get(), tense)).orElse(t);
                }
                out.add(t);
            }
        }
        out.addAll(MidExpression.find(sentences, out, published));
        out.sort(Comparator.comparingInt((Timex t) -> t.span().start()));
        return out;
    }

    private static Optional<Sentence> sentenceOf(List<Sentence> sentences, Span span) {
        return sentences.stream().filter(s -> s.span().overlaps(span)).findFirst();
    }

    static Timex timex(Span span, String text, Timex.Type type, Optional<String> value, boolean dated) {
        boolean resolved = value.isPresent() && switch (type) {
            // "PXY" (years) holds an X for a count the text leaves open, not for a missing date
            case DURATION, SET -> true;
            case DATE, TIME -> !value.get().contains("X") && (dated || !value.get().endsWith("_REF"));
        };
        Precision precision = type == Timex.Type.DATE || type == Timex.Type.TIME
                ? value.map(Precision::of).orElse(Precision.UNKNOWN) : Precision.UNKNOWN;
        return new Timex(span, text, type, value, precision, resolved);
    }
}

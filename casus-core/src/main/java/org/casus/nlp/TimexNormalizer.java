package org.casus.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.model.Precision;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Timex;

/**
 * Casus's corrections to SUTime's time expressions: TimeML conventions as news annotators apply
 * them, and the rule that nothing relative is resolved without the article's own date.
 */
final class TimexNormalizer {

    /** A timex from SUTime's type and value, marked resolved only when it needs no missing date. */
    Timex fromSutime(Span span, String text, Timex.Type type, Optional<String> value, boolean dated) {
        Optional<String> kept = value.filter(v -> !v.isBlank());
        return timex(span, text, type, kept, dated);
    }

    List<Timex> normalize(List<Timex> timexes, List<Sentence> sentences, String text, Optional<LocalDate> published) {
        return timexes;
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

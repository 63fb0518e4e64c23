package org.casus.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.casus.model.Timex;

/**
 * TempEval-3 Task A scores for time expressions, summed over documents: strict and relaxed extent
 * precision, recall and F1, and value and type F1 (the share of relaxed matches with the right
 * attribute, times relaxed F1), as the benchmark's README describes the organisers' toolkit.
 */
final class TimexScore {
    private int gold;
    private int system;
    private int strict;
    private int goldFound;
    private int systemMatched;
    private int rightValue;
    private int rightType;

    /** Adds one document; each error (missed, spurious, wrong value or type) goes to {@code errors}. */
    void add(String document, List<GoldTimex> golds, List<Timex> found, Consumer<String> errors) {
        gold += golds.size();
        system += found.size();
        for (Timex t : found) {
            if (golds.stream().anyMatch(g -> g.span().overlaps(t.span())))
                systemMatched++;
            else
                errors.accept(document + "\tEXTRA\t" + t.text() + "\t" + t.type() + "\t" + t.value().orElse(""));
            if (golds.stream().anyMatch(g -> g.span().equals(t.span())))
                strict++;
        }
        for (GoldTimex g : golds) {
            Optional<Timex> match = found.stream().filter(t -> t.span().overlaps(g.span()))
                    .max(Comparator.comparingInt(t -> overlap(t, g)));
            if (match.isEmpty()) {
                errors.accept(document + "\tMISSED\t" + g.text() + "\t" + g.type() + "\t" + g.value());
                continue;
            }
            goldFound++;
            Timex t = match.get();
            boolean valueRight = t.value().orElse("").equals(g.value());
            boolean typeRight = t.type().name().equals(g.type());
            if (valueRight)
                rightValue++;
            if (typeRight)
                rightType++;
            if (!valueRight || !typeRight)
                errors.accept(document + "\tWRONG\t" + g.text() + "\t" + g.type() + " " + g.value()
                        + "\tgot '" + t.text() + "' " + t.type() + " " + t.value().orElse("(none)"));
        }
    }

    private static int overlap(Timex t, GoldTimex g) {
        return Math.min(t.span().end(), g.span().end()) - Math.max(t.span().start(), g.span().start());
    }

    int goldCount() {
        return gold;
    }

    int systemCount() {
        return system;
    }

    double strictPrecision() {
        return ratio(strict, system);
    }

    double strictRecall() {
        return ratio(strict, gold);
    }

    double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    double relaxedPrecision() {
        return ratio(systemMatched, system);
    }

    double relaxedRecall() {
        return ratio(goldFound, gold);
    }

    double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    /** Share of matched gold timexes whose value the system got exactly right. */
    double valueAccuracy() {
        return ratio(rightValue, goldFound);
    }

    double valueF1() {
        return valueAccuracy() * relaxedF1();
    }

    double typeF1() {
        return ratio(rightType, goldFound) * relaxedF1();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

package org.casus.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casus.model.Precision;
import org.casus.model.Timex;

/**
 * Dates an event. The order, from surest to weakest:
 * <ol>
 * <li>a date or time expression attached to the event word, its light verb, or a word that governs
 *     them within the same clause ("killed ... on January 3", "the attack on Sunday");
 * <li>else the sentence's date or time expression nearest the event word, unless it belongs to another;
 * <li>else the article's publication date, with DAY precision and no date text: event data dates an
 *     event by its report when the text gives nothing better, and the empty text says so.
 * </ol>
 * An expression the language layer could not resolve ("January 3" in an undated article) leaves the
 * date empty rather than falling back to a guess. Durations ("for months") and sets do not date.
 */
final class DateFinder {
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\b");

    /** A date with the words it came from, empty for the publication date. */
    record EventDate(Optional<String> value, Precision precision, String text) {
        static final EventDate NONE = new EventDate(Optional.empty(), Precision.UNKNOWN, "");
    }

    /** A time expression of the sentence with the token that heads it. */
    record Anchored(Timex timex, int head) {
    }

    /**
     * @param others the heads of the sentence's other events: a date that belongs to one of them
     *               ("a raid a night before") does not date this one
     */
    EventDate find(SentenceTree tree, Predicate p, List<Anchored> timexes, List<Integer> others,
                   Optional<LocalDate> published) {
        Optional<Anchored> chosen = attached(tree, p, timexes);
        if (chosen.isEmpty())
            chosen = nearest(p, timexes.stream().filter(a -> sentenceWide(tree, a, p, others)).toList());
        if (chosen.isPresent())
            return of(chosen.get().timex(), tree, p, published);
        return published.map(d -> new EventDate(Optional.of(d.toString()), Precision.DAY, ""))
                .orElse(EventDate.NONE);
    }

    /** The sentence's datable expressions, each with the token whose governor lies outside it. */
    static List<Anchored> anchor(SentenceTree tree, List<Timex> sentenceTimexes) {
        List<Anchored> found = new ArrayList<>();
        for (Timex t : sentenceTimexes) {
            if (t.type() != Timex.Type.DATE && t.type() != Timex.Type.TIME)
                continue;
            if (t.resolved() && t.precision() == Precision.UNKNOWN)
                continue; // "now", "present": no calendar point, and no reason to withhold the article's date
            List<Integer> inside = tree.sentence().tokensIn(t.span());
            for (int i : inside)
                if (!inside.contains(tree.governor(i))) {
                    found.add(new Anchored(t, i));
                    break;
                }
        }
        return found;
    }

    // the event word, its light verb, and the verbs that control it ("ordered in November to reduce")
    private static Optional<Anchored> attached(SentenceTree tree, Predicate p, List<Anchored> timexes) {
        List<Integer> clause = new ArrayList<>(List.of(p.head(), p.anchor()));
        for (int at = p.anchor(), steps = 0; tree.isVerb(at) && tree.relation(at).equals("xcomp") && steps < 4; steps++) {
            at = tree.governor(at);
            clause.add(at);
        }
        for (int word : clause)
            for (Anchored a : timexes)
                if (tree.governor(a.head()) == word)
                    return Optional.of(a);
        return Optional.empty();
    }

    /**
     * Whether a date of the sentence may date this event: not when it belongs to another event
     * ("a raid a night before") that does not hold this one, nor when it sits in a clause about a
     * noun ("the truce initiated in October") that does not hold this one.
     */
    private static boolean sentenceWide(SentenceTree tree, Anchored a, Predicate p, List<Integer> others) {
        for (int at = tree.governor(a.head()), steps = 0; at != SentenceTree.NONE && steps < tree.size();
             at = tree.governor(at), steps++) {
            if (tree.dominates(at, p.head()))
                return true;
            if (others.contains(at) || tree.baseRelation(at).equals("acl"))
                return false;
        }
        return true;
    }

    private static Optional<Anchored> nearest(Predicate p, List<Anchored> timexes) {
        Anchored best = null;
        for (Anchored a : timexes)
            if (best == null || Math.abs(a.head() - p.head()) < Math.abs(best.head() - p.head()))
                best = a;
        return Optional.ofNullable(best);
    }

    private static EventDate of(Timex t, SentenceTree tree, Predicate p, Optional<LocalDate> published) {
        if (!t.resolved() || t.value().isEmpty() || t.precision() == Precision.UNKNOWN)
            return EventDate.NONE;
        return new EventDate(Optional.of(pastGuard(t, tree, p, published)), t.precision(), t.text());
    }

    /**
     * A day or month the text names without a year ("January 3", "in March"), told of in the past
     * tense, cannot lie after the
     * article's date; a value there counted forward from the publication date, so the same day a
     * year earlier is meant ("was killed on January 3" in a December article).
     */
    private static String pastGuard(Timex t, SentenceTree tree, Predicate p, Optional<LocalDate> published) {
        String value = t.value().get();
        List<Integer> inside = tree.sentence().tokensIn(t.span());
        int verb = inside.isEmpty() ? p.anchor() : tree.governor(inside.get(0));
        while (verb != SentenceTree.NONE && inside.contains(verb))
            verb = tree.governor(verb);
        if (verb == SentenceTree.NONE || !tree.isVerb(verb))
            verb = p.anchor();
        String pos = tree.token(verb).pos();
        boolean past = pos.equals("VBD") || pos.equals("VBN");
        if (published.isEmpty() || !past || YEAR.matcher(t.text()).find() || !MONTH_NAME.matcher(t.text()).find()
                || (t.precision() != Precision.DAY && t.precision() != Precision.MONTH))
            return value;
        try {
            LocalDate start = LocalDate.parse(t.precision() == Precision.DAY ? value : value + "-01");
            if (!start.isAfter(published.get()))
                return value;
            String earlier = start.minusYears(1).toString();
            return t.precision() == Precision.DAY ? earlier : earlier.substring(0, 7);
        } catch (DateTimeParseException e) {
            return value; // a shape such as "2020-W47-2" is left as the language layer gave it
        }
    }
}

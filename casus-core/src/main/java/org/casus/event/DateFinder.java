package org.casus.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.casus.model.Precision;
import org.casus.model.Timex;

/**
 * Dates an event. A date must be the event's own: one said of another event or another clause of the
 * sentence ("claimed the barrage, a response to a raid the night before") would keep the reconciler
 * from merging reports of one event. The order, from surest to weakest:
 * <ol>
 * <li>a date or time expression that hangs off the event word, its light verb, a verb that controls
 *     it ("ordered in November to reduce"), a verb the event noun is the subject of or that describes
 *     it ("the truce initiated in October"), or, for an event said to have happened, the verb of saying
 *     that reports it ("rockets hit the base, police said on Tuesday"), unless a past perfect puts the
 *     event before the saying ("said on Sunday it had fired"). An expression right after an event noun
 *     belongs to that noun ("a raid the night before"), whatever the parser hung it from;
 * <li>else the sentence's only date, when the sentence tells of no other event, does not name
 *     this one only to tell of another thing ("the anniversary of the killing"), and the date is not
 *     that of a saying the first rule kept from the event ("said on Thursday the truce had ended").
 *     The start or end of a stretch of time dates only an event in the perfect that it hangs off
 *     ("has been detained since Monday", not "attacked ... in the bloodiest week since January");
 * <li>else the article's publication date, with DAY precision and no date text: event data dates an
 *     event by its report when the text gives nothing better, and the empty text says so.
 * </ol>
 * An expression the language layer could not resolve ("on Sunday" in an undated article) leaves the
 * date empty rather than falling back to a guess; a day or month named without its year ("January 3"
 * there) keeps its value with the year unknown ({@code XXXX-01-03}), which still tells two days of
 * one article apart. Durations ("for months") and sets do not date.
 */
final class DateFinder {
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
    /** A day or month of an unknown year, as the language layer leaves it without the article's date. */
    private static final Pattern YEARLESS = Pattern.compile("XXXX-\\d{2}(-\\d{2})?");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\b");
    /** Words that make a date the bound of a stretch of time ("the fifth operation since September"). */
    private static final Set<String> BOUNDS = Set.of("since", "until", "till");
    /** Relations by which a date hangs off a noun as a phrase of its own ("calls in late September"). */
    private static final Set<String> PREPOSITIONAL = Set.of("nmod", "obl");
    /** Relations by which a clause is what a verb of saying says. */
    private static final Set<String> SAID = Set.of("ccomp", "parataxis", "dep");

    /** Relations by which a participle without a subject tells more of the clause above it. */
    private static final Set<String> PARTICIPLE = Set.of("advcl", "xcomp", "conj", "dep");
    private static final Set<String> PAST = Set.of("VBD", "VBN");

    private final WordLists attribution;
    private final WordLists arguments;

    /**
     * @param attribution the attribution cues, whose SPEECH class names the verbs of saying
     * @param arguments   the argument cues, whose PRESENT_AT class names "during" and "at"
     */
    DateFinder(WordLists attribution, WordLists arguments) {
        this.attribution = attribution;
        this.arguments = arguments;
    }

    /** A date with the words it came from, empty for the publication date. */
    record EventDate(Optional<String> value, Precision precision, String text) {
        static final EventDate NONE = new EventDate(Optional.empty(), Precision.UNKNOWN, "");
    }

    /** A time expression of the sentence with the token that heads it. */
    record Anchored(Timex timex, int head) {
    }

    /**
     * @param others   the sentence's other events, the ones folded into this one left out: a date that
     *                 belongs to one of them ("a raid a night before") does not date this one
     * @param happened whether the sentence says the event took place: only then does the day it is
     *                 reported on date it
     */
    EventDate find(SentenceTree tree, Predicate p, List<Integer> toll, List<Anchored> timexes,
                   List<Predicate> others, boolean happened, Optional<LocalDate> published) {
        Optional<Anchored> chosen = attached(tree, p, toll, timexes, others, happened);
        // "as the anniversary of the assassination drew near": an event named to tell of another
        // noun is a reference, not what the sentence dates
        if (chosen.isEmpty() && timexes.size() == 1 && others.isEmpty() && !tree.baseRelation(p.head()).equals("nmod")
                && !ofSaying(tree, timexes.get(0)) && !bound(tree, timexes.get(0), p)
                && !describesThing(tree, timexes.get(0), p))
            chosen = Optional.of(timexes.get(0));
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

    private Optional<Anchored> attached(SentenceTree tree, Predicate p, List<Integer> toll, List<Anchored> timexes,
                                        List<Predicate> others, boolean happened) {
        for (Anchored a : timexes)
            if (tree.isNoun(p.head()) && follows(tree, a, p.head()) && !bound(tree, a, p))
                return Optional.of(a);
        List<Integer> words = ownWords(tree, p, others, happened);
        words.addAll(toll);
        for (int word : words)
            for (Anchored a : timexes) {
                int g = tree.governor(a.head());
                // "in calls to the president in late September, X threatened": a date inside an adjunct
                // that names no event of its own
                // ("a 2013 Toyota Camry": a year that only modifies a thing says what it is, not when)
                boolean viaAdjunct = g != SentenceTree.NONE && tree.isNoun(g) && tree.governor(g) == word
                        && tree.baseRelation(g).equals("obl") && !isEvent(g, others)
                        && PREPOSITIONAL.contains(tree.baseRelation(a.head()));
                if ((g == word || viaAdjunct) && !ownClause(tree, a, p) && !bound(tree, a, p)
                        && others.stream().noneMatch(o -> tree.isNoun(o.head()) && follows(tree, a, o.head())
                            && !during(tree, o, words)))
                    return Optional.of(a);
            }
        return Optional.empty();
    }

    // "the most prominent one was on Wednesday evening": a date with a subject of its own dates that subject
    private static boolean ownClause(SentenceTree tree, Anchored a, Predicate p) {
        List<Integer> subjects = tree.children(a.head(), "nsubj", "nsubj:pass");
        return !subjects.isEmpty() && !subjects.contains(p.head());
    }

    // "delivered the request during a meeting in Baghdad this week": what is done during an event shares its date
    private boolean during(SentenceTree tree, Predicate o, List<Integer> words) {
        return words.contains(tree.governor(o.head())) && arguments.in(tree.caseOf(o.head()), "PRESENT_AT");
    }

    /** The words whose dates are the event's, surest first. */
    private List<Integer> ownWords(SentenceTree tree, Predicate p, List<Predicate> others, boolean happened) {
        List<Integer> words = new ArrayList<>(List.of(p.head(), p.anchor()));
        int top = p.anchor();
        // "ordered in November to reduce": the verbs that control it
        // and the errand a verb sends someone on ("dispatched him last week to tell the factions")
        for (int steps = 0; tree.isVerb(top) && (tree.relation(top).equals("xcomp")
                || tree.relation(top).equals("advcl") && tree.caseOf(top).equals("to")) && steps < 4; steps++) {
            top = tree.governor(top);
            words.add(top);
        }
        // "the truce initiated in October", "the attack came on Sunday": what is said of the event noun
        if (tree.isNoun(p.head()) && p.anchor() == p.head()) {
            int g = tree.governor(p.head());
            if (g != SentenceTree.NONE && tree.isVerb(g) && tree.relation(p.head()).startsWith("nsubj") && !isEvent(g, others)) {
                words.add(g);
                top = g;
            }
            for (int c : tree.children(p.head(), "acl", "acl:relcl"))
                if (tree.isVerb(c) && !isEvent(c, others))
                    words.add(c);
        }
        // "fired rockets at the embassy, breaching a truce": a participle without a subject shares the
        // date of the clause it adds to, however the parser hung it
        if (tree.token(p.head()).pos().equals("VBG") && PARTICIPLE.contains(tree.baseRelation(p.head()))
                && tree.children(p.head(), "nsubj", "nsubj:pass").isEmpty()) {
            int at = tree.governor(p.head());
            for (int steps = 0; at != SentenceTree.NONE && !tree.isVerb(at) && steps < tree.size(); steps++)
                at = tree.governor(at);
            if (at != SentenceTree.NONE)
                words.add(at);
        }
        // "withdrew in 2018 from the deal and re-imposed sanctions": a second past verb of one
        // subject goes on in the time of the first (or the noun of its act, where the parser made
        // "imposed sanctions" one phrase coordinated with the first verb)
        int second = tree.isVerb(p.head()) ? p.head() : p.anchor();
        int first = tree.governor(second);
        if ((tree.isVerb(second) ? PAST.contains(tree.token(second).pos()) : tree.isNoun(second))
                && tree.baseRelation(second).equals("conj") && tree.children(second, "nsubj", "nsubj:pass").isEmpty()
                && first != SentenceTree.NONE && PAST.contains(tree.token(first).pos()))
            words.add(first);
        if (happened && !pastPerfect(tree, top)) {
            // "X fired rockets, police said on Tuesday" and "police said on Tuesday that X fired rockets"
            int g = tree.governor(top);
            if (g != SentenceTree.NONE && SAID.contains(tree.baseRelation(top)) && saying(tree, g))
                words.add(g);
            for (int c : tree.children(top, "parataxis"))
                if (saying(tree, c))
                    words.add(c);
        }
        return words;
    }

    /**
     * Whether the expression is the start or end of a stretch of time ("the bloodiest week since
     * January", however the parser hung it), which does not date an act told in the simple past. Only
     * an event in the perfect that the expression hangs from ("has been detained since Monday") began
     * then.
     */
    private static boolean bound(SentenceTree tree, Anchored a, Predicate p) {
        if (!BOUNDS.contains(tree.caseOf(a.head()).toLowerCase(Locale.ROOT)))
            return false;
        int g = tree.governor(a.head());
        boolean perfect = tree.children(p.anchor(), "aux").stream().anyMatch(c -> tree.lemma(c).equals("have"));
        return !(perfect && (g == p.head() || g == p.anchor()));
    }

    /**
     * Whether the expression only says what some other thing is ("struck by a 2013 sedan"). The year
     * of an occasion the act is done at is the act's: "hosted the 2007 ceremony", "won the 2020
     * election", "to host 2014 Oscars".
     */
    private boolean describesThing(SentenceTree tree, Anchored a, Predicate p) {
        int g = tree.governor(a.head());
        if (g == SentenceTree.NONE || g == p.head() || !tree.isNoun(g) || PREPOSITIONAL.contains(tree.baseRelation(a.head())))
            return false;
        boolean object = tree.relation(g).equals("obj") && (tree.governor(g) == p.head() || tree.governor(g) == p.anchor());
        boolean occasion = arguments.in(tree.lemma(g), "OCCASION_NOUN") || tree.token(g).pos().equals("NNPS");
        return !(object && occasion);
    }

    /**
     * Whether the expression dates a verb of saying, itself or an adjunct of it ("said in a televised
     * interview on Thursday that the truce had ended"): when the event's own words did not take that
     * day, the event lies before it or has not happened, and the day is not the event's.
     */
    private boolean ofSaying(SentenceTree tree, Anchored a) {
        int g = tree.governor(a.head());
        if (g != SentenceTree.NONE && tree.isNoun(g) && tree.baseRelation(g).equals("obl"))
            g = tree.governor(g);
        return g != SentenceTree.NONE && saying(tree, g);
    }

    private static boolean isEvent(int word, List<Predicate> others) {
        return others.stream().anyMatch(o -> o.head() == word || o.anchor() == word);
    }

    private boolean saying(SentenceTree tree, int verb) {
        return tree.isVerb(verb) && attribution.in(tree.lemma(verb), "SPEECH");
    }

    // "said on Sunday it had fired the barrage": the firing lies before the day of the saying
    private static boolean pastPerfect(SentenceTree tree, int verb) {
        return tree.token(verb).pos().equals("VBN") && tree.children(verb, "aux").stream()
                .anyMatch(c -> tree.lemma(c).equals("have") && tree.token(c).pos().equals("VBD"));
    }

    /**
     * Whether the expression stands right after the phrase of event noun {@code noun} ("a raid a
     * night before", "the attack in Baghdad on Sunday"): English puts an event noun's date after it,
     * and a parser often hangs such a date from the verb instead.
     */
    private static boolean follows(SentenceTree tree, Anchored a, int noun) {
        List<Integer> inside = tree.sentence().tokensIn(a.timex().span());
        if (inside.isEmpty())
            return false;
        int before = inside.get(0) - 1;
        // the expression's own article or preposition: "a night before", "on Sunday"
        while (before >= 0 && tree.governor(before) != SentenceTree.NONE && inside.contains(tree.governor(before)))
            before--;
        if (before < noun || inside.contains(noun))
            return false;
        // within the noun's own phrase, not in a clause inside it ("the attack that killed two ...")
        for (int at = before, steps = 0; at != noun; at = tree.governor(at), steps++)
            if (at == SentenceTree.NONE || steps > tree.size() || tree.isVerb(at))
                return false;
        return true;
    }

    private static EventDate of(Timex t, SentenceTree tree, Predicate p, Optional<LocalDate> published) {
        if (!t.resolved() && t.value().filter(v -> YEARLESS.matcher(v).matches()).isPresent())
            return new EventDate(t.value(), t.precision(), t.text());
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

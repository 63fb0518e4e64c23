package org.casus.reconcile;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How strongly two mentions of one type family and one kind of telling look like the same event.
 * Some differences rule it out: dates the sentences state that lie apart, different victims. The
 * rest add evidence: the same actors, the same stated day, the same place, code, trigger word,
 * counts, words,
 * and nearness in one article, which counts only when neither names an actor the other does not
 * (related actors, such as a country and its general, do not count as the same here).
 * Within one named story, the same trigger word or code adds {@link #STORY_NAME} more when the doers
 * and the places do not differ and each mention says more than the word (an actor, a place or a
 * date): one story's outlets naming the act alike tell one event, unless what they state says
 * otherwise, but a bare "the meeting" of another article may be any of the story's meetings, and
 * "another meeting" says there are several (nor is it any meeting its own article told before it).
 * A score of at least {@link #SAME_EVENT} makes them one event.
 */
final class MentionSimilarity {
    /** The least score for one event. */
    static final double SAME_EVENT = 3.0;
    /** Stated dates this many days apart may still be one event told with a day's slip (17 vs 18 November). */
    static final int DATE_SLIP = 2;
    static final double NEVER = Double.NEGATIVE_INFINITY;
    /** What one name for the act adds within one story: with the same code and word, enough alone. */
    static final double STORY_NAME = 1.0;

    private final ActorRelations relations;
    private final QuoteWords words;

    MentionSimilarity(ActorRelations relations, QuoteWords words) {
        this.relations = relations;
        this.words = words;
    }

    double score(MentionFacts a, MentionFacts b) {
        // one sentence's mentions of different codes, actors or places are different events ("after the
        // rocket attack, the general was killed, and Iran struck back"); of one code and agreeing parties
        // they may be one act told as fact and as what someone said ("the attack on Sunday ... the army
        // said a group fired eight rockets"); told alike by two words, the coder has already found them two
        // acts ("met the king and held several meetings")
        if (a.mention().article().equals(b.mention().article()) && a.mention().sentence() == b.mention().sentence()
                && (!a.mention().code().equals(b.mention().code()) || !agree(a.source(), b.source())
                    || !agree(a.target(), b.target()) || !agree(a.mention().location(), b.mention().location())
                    || !a.mention().trigger().equals(b.mention().trigger()) && a.mention().modality() == b.mention().modality()))
            return NEVER;
        // "another meeting" is none of the meetings its article told before it
        if (a.mention().article().equals(b.mention().article()) && (laterAnother(a, b) || laterAnother(b, a)))
            return NEVER;
        boolean samePerson = a.family().equals("violence") && a.target().isPresent()
                && a.target().equals(b.target()) && relations.isPerson(a.target().get());
        double score = 0;
        if (a.range() != null && b.range() != null) {
            if (a.stated() && b.stated()) {
                if (!a.range().near(b.range(), DATE_SLIP))
                    return NEVER;
                score += a.range().days() == 1 && a.range().equals(b.range()) ? 2 : 1;
            } else if (!a.range().near(b.range(), 0) && !samePerson) {
                // a person is killed once: a report dated by its publication day still tells of
                // the killing on the day another sentence states
                return NEVER;
            }
        } else if (a.monthDay() != null && b.monthDay() != null) {
            // an undated article's "November 18": not the 17th, whatever the year
            if (!a.monthDay().near(b.monthDay(), DATE_SLIP))
                return NEVER;
            score += a.monthDay().day() != 0 && a.monthDay().equals(b.monthDay()) ? 2 : 1;
        } else if (!samePerson && (outside(a, b) || outside(b, a))) {
            return NEVER;
        }
        double targets = actors(a.target(), b.target(), true);
        if (targets == NEVER && !groundTarget(a.target(), b.target(), union(grounds(a), grounds(b))))
            return NEVER;
        targets = Math.max(targets, 0);
        score += targets;
        double sources = actors(a.source(), b.source(), false);
        boolean disputed = false;
        if (sources == NEVER) {
            // who did it is what a denial or a claim disputes: a dispute, not another event
            disputed = a.denied() || b.denied() || a.claimed() || b.claimed();
            sources = disputed || turned(a, b) || turned(b, a) ? 0 : -2;
        }
        score += sources;
        // nearness says an article goes on telling one event only when the sentences name no other
        // actors: a heading on one killing next to a sentence on another must match on more
        boolean sameActors = (disputed || agree(a.source(), b.source())) && agree(a.target(), b.target());
        boolean placesDiffer = false;
        if (a.place() != null && b.place() != null) {
            // "the Green Zone" (in Iraq, as its owner says) and "Baghdad": one within the other
            Optional<String> idA = a.mention().locationId();
            Optional<String> idB = b.mention().locationId();
            boolean nested = idA.isPresent() && idB.isPresent() && placesAgree(idA.get(), idB.get());
            if (a.place().contains(b.place()) || b.place().contains(a.place()) || nested)
                score += 1;
            else
                placesDiffer = true;
        }
        String codeA = a.mention().code();
        String codeB = b.mention().code();
        score += codeA.equals(codeB) ? 1 : codeA.substring(0, 2).equals(codeB.substring(0, 2)) ? 0.5 : 0;
        boolean sameWord = a.trigger().equals(b.trigger());
        if (sameWord)
            // outlets telling one act tend to name it with one word ("hosted", "hosting")
            score += 1;
        if (!a.story().isEmpty() && a.story().equals(b.story()) && (sameWord || codeA.equals(codeB))
                && sources >= 0 && !placesDiffer && a.tellsMore() && b.tellsMore() && !a.another() && !b.another())
            score += STORY_NAME;
        score += sharedCounts(a.mention().quantities(), b.mention().quantities());
        score += 4 * words.overlap(a.words(), b.words());
        if (sameActors && a.mention().article().equals(b.mention().article()))
            // an article tells one event over a run of sentences ("the attack", "the barrage")
            score += switch (Math.abs(a.mention().sentence() - b.mention().sentence())) {
                case 0, 1 -> 2;
                case 2 -> 1;
                default -> 0;
            };
        return score;
    }

    /** Whether {@code x} says "another" of an act told in its article before it as {@code y}. */
    private static boolean laterAnother(MentionFacts x, MentionFacts y) {
        return x.another() && y.mention().sentence() < x.mention().sentence();
    }

    /** Whether {@code a} states a day without its year that cannot lie in the days {@code b} may cover. */
    private static boolean outside(MentionFacts a, MentionFacts b) {
        return a.range() == null && a.monthDay() != null && b.range() != null && !a.monthDay().fallsIn(b.range());
    }

    /** Whether the actor is a person: a killing of one is recalled long after, its date stays its own. */
    boolean isPerson(String actor) {
        return relations.isPerson(actor);
    }

    /**
     * Whether {@code x} names as the doer the one {@code y} names as the one it was done to, and
     * names no one it was done to: a short passive heading ("Jackson arrested") whose one actor was
     * read as the doer. The actors then overlap rather than differ.
     */
    private static boolean turned(MentionFacts x, MentionFacts y) {
        return x.target().isEmpty() && x.source().isPresent() && x.source().equals(y.target());
    }

    /** Whether two actors are the same, or one is not named. */
    private static boolean agree(Optional<String> a, Optional<String> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /** 2 for the same actor, 1 for related ones, 0 when one is missing, NEVER when they differ. */
    private double actors(Optional<String> a, Optional<String> b, boolean placesAsActors) {
        if (a.isEmpty() || b.isEmpty())
            return 0;
        String x = a.get();
        String y = b.get();
        if (x.equals(y))
            return 2;
        if (relations.related(x, y))
            return 1;
        // a place given as the target ("struck Baghdad") says where, not whom
        if (placesAsActors && (relations.isPlace(x) || relations.isPlace(y) || relations.personAtOrganisation(x, y)))
            return 0;
        return NEVER;
    }

    private static double sharedCounts(Map<String, Long> a, Map<String, Long> b) {
        double score = 0;
        for (Map.Entry<String, Long> e : a.entrySet())
            if (e.getValue().equals(b.get(e.getKey())))
                score += 1;
        return Math.min(score, 2);
    }

    /**
     * The countries the mention's place is or lies in. A country given as the target of an attack
     * there ("rockets hit the Iraqi capital's Green Zone") names the ground it fell on, and does not
     * rule out that the attack was on a body in it (the U.S. Embassy in Baghdad).
     */
    Set<String> grounds(MentionFacts f) {
        return f.mention().locationId().map(relations::countriesOf).orElse(Set.of());
    }

    /** Whether one of two differing targets is only the country the event took place in. */
    boolean groundTarget(Optional<String> a, Optional<String> b, Set<String> grounds) {
        return a.filter(grounds::contains).isPresent() || b.filter(grounds::contains).isPresent();
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        if (a.isEmpty())
            return b;
        if (b.isEmpty())
            return a;
        Set<String> both = new java.util.HashSet<>(a);
        both.addAll(b);
        return both;
    }

    /**
     * Whether two known places can be where one event happened, or two doers the one who did it: the
     * same, or one within or part of the other.
     */
    boolean placesAgree(String x, String y) {
        return x.equals(y) || relations.related(x, y);
    }

    /** Whether two targets can stand in one event. */
    boolean targetsAgree(String x, String y) {
        return x.equals(y) || relations.related(x, y) || relations.isPlace(x) || relations.isPlace(y)
                || relations.personAtOrganisation(x, y);
    }
}

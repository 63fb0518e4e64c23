package org.casus.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.model.Span;

/**
 * Acts an article refers back to. A mention that names its act with a definite phrase and states
 * no date of its own ("the attack", "the rocket attack", "the rockets fired") tells an act its
 * article has already told: the nearest one before it that states its day, or else the nearest one,
 * within {@link #REACH} sentences, of the same kind (code root or word), told as an act, and not ruled out by what both state (other victims, another sentence's
 * different act). An opening phrase with nothing before it refers ahead ("Following the rocket attack
 * on the embassy, …"): to the first act after it, within {@link #LEAD_REACH} sentences, that states
 * its day. Without this, a bare "the attack" of an undated report joins whichever attack of another
 * article looks most alike, while its own article says which one it is.
 *
 * <p>Plural names ("the attacks") speak of many acts, and are left to the general matching.
 */
final class ArticleReferences {
    /** How many sentences back a definite phrase may refer. */
    static final int REACH = 6;
    /** How many sentences ahead an opening definite phrase may refer. */
    static final int LEAD_REACH = 8;
    /**
     * "the", "this", "these", "those" or an owner ("his", "Qaani's"), then up to two modifiers, then
     * the trigger ("the rocket attack", "this attack", "his visit"). "That" is left out: it more often
     * opens a clause ("said that rockets hit").
     */
    private static final Pattern DEFINITE = Pattern.compile(
            "(?i)(?:^|\\s)(?:the|this|these|those|his|her|its|their|[\\p{L}-]+['’]s?)((?:\\s+[\\p{L}\\p{N}'’-]+){0,2})\\s+$");
    /** Words that end a definite phrase before the trigger could be its head. */
    private static final Set<String> BREAKS = Set.of("a", "an", "of", "was", "were", "is", "are", "and", "or", "to");

    private ArticleReferences() {
    }

    /** Joins each definite undated mention to the act it refers to, where there is one. */
    static void attach(List<MentionFacts> facts, MentionClusters clusters, MentionSimilarity similarity) {
        Map<String, List<MentionFacts>> acts = new HashMap<>();
        for (MentionFacts f : facts)
            if (f.telling() == ModalityClass.ACT && !f.aboutResponsibility())
                acts.computeIfAbsent(f.mention().article() + '\u0000' + f.story(), k -> new ArrayList<>()).add(f);
        for (List<MentionFacts> told : acts.values()) {
            told.sort((x, y) -> Integer.compare(x.mention().sentence(), y.mention().sentence()));
            for (MentionFacts f : told)
                if (!f.stated() && f.definite() && !f.plural()) {
                    MentionFacts act = before(f, told, similarity);
                    if (act == null)
                        act = ahead(f, told, similarity);
                    if (act != null)
                        clusters.join(act.index(), f.index());
                }
        }
    }

    /**
     * The act told nearest before {@code f}, within reach, that it may refer to: one that states its
     * day if there is one (the act the article dated is the one it goes on about; a nearer "said it
     * had fired" may be a claim about it), else one named by the same word ("his visit … Qaani's
     * visit", over a meeting told between them), else the same definite phrase further back ("the
     * meeting" ten sentences before, over a nearer "met"), else any; null when none.
     */
    private static MentionFacts before(MentionFacts f, List<MentionFacts> told, MentionSimilarity similarity) {
        int sentence = f.mention().sentence();
        MentionFacts nearest = null;
        MentionFacts sameWord = null;
        MentionFacts repeated = null;
        MentionFacts dated = null;
        for (MentionFacts act : told) {
            int back = sentence - act.mention().sentence();
            if (back <= 0)
                break;
            if (!fits(f, act, similarity))
                continue;
            if ((act.plural() || act.habitual()) && act.mention().quantities().isEmpty()) {
                // one of several acts told before by the same word: "held several meetings … the meeting"
                if (back <= REACH && act.trigger().equals(f.trigger()) && counted(act)
                        && (sameNoun(f, act) || !sameNoun(f, sameWord)))
                    sameWord = act;
                continue;
            }
            // beyond reach, only the same definite phrase again: "the meeting … the meeting"
            if (back > REACH) {
                if (act.definite() && act.trigger().equals(f.trigger()))
                    repeated = act;
                continue;
            }
            // of one sentence's acts, the one with the same code ("fired rockets, breaching the truce")
            if (nearest == null || act.mention().sentence() != nearest.mention().sentence() || sameCode(f, act))
                nearest = act;
            // of one stem's words, the same noun: "the meeting" is one of the "meetings", not "met"
            if (act.trigger().equals(f.trigger()) && (sameNoun(f, act) || !sameNoun(f, sameWord)))
                sameWord = act;
            if (dated(act) && (dated == null || act.mention().sentence() != dated.mention().sentence() || sameCode(f, act)))
                dated = act;
        }
        return dated != null ? dated : sameWord != null ? sameWord : repeated != null ? repeated : nearest;
    }

    /** Whether the act is named by {@code f}'s very word, or its plural. */
    private static boolean sameNoun(MentionFacts f, MentionFacts act) {
        if (act == null)
            return false;
        String a = word(f);
        String b = word(act);
        return b.equals(a) || b.equals(a + "s") || b.equals(a + "es");
    }

    private static String word(MentionFacts f) {
        Span trigger = f.mention().trigger();
        return f.article().text().substring(trigger.start(), trigger.end()).toLowerCase(Locale.ROOT);
    }

    /** For a phrase no act comes before: the first act after it, within reach, that states its day. */
    private static MentionFacts ahead(MentionFacts f, List<MentionFacts> told, MentionSimilarity similarity) {
        int sentence = f.mention().sentence();
        for (MentionFacts act : told) {
            int ahead = act.mention().sentence() - sentence;
            if (ahead < 0)
                return null;
            if (ahead > LEAD_REACH)
                break;
            if (ahead > 0 && dated(act) && fits(f, act, similarity))
                return act;
        }
        return null;
    }

    private static boolean dated(MentionFacts act) {
        return act.stated() && (act.range() != null || act.monthDay() != null);
    }

    /**
     * Whether {@code f} may refer to {@code act}: one kind of act (the same code root, or the same
     * word: "the killing" is not the clashes told before it) and nothing that rules it out.
     */
    private static boolean fits(MentionFacts f, MentionFacts act, MentionSimilarity similarity) {
        String a = f.mention().code();
        String b = act.mention().code();
        boolean oneKind = a.substring(0, 2).equals(b.substring(0, 2)) || f.trigger().equals(act.trigger());
        return oneKind && act.family().equals(f.family()) && similarity.score(f, act) != MentionSimilarity.NEVER;
    }

    private static boolean sameCode(MentionFacts f, MentionFacts act) {
        return f.mention().code().equals(act.mention().code());
    }

    /** "another", then up to two modifiers, then the trigger ("another meeting", "another rocket attack"). */
    private static final Pattern ANOTHER = Pattern.compile(
            "(?i)(?:^|\\s)another((?:\\s+[\\p{L}\\p{N}'’-]+){0,2})\\s+$");

    /**
     * Whether "another" stands right before the word at {@code start} of {@code text}: the phrase
     * names one more act of a kind already told, not one told before.
     */
    static boolean another(String text, int start) {
        return phrase(ANOTHER, text, start);
    }

    /** A count or a word of number, then up to two modifiers, then the trigger ("several meetings"). */
    private static final Pattern COUNTED = Pattern.compile(
            "(?i)(?:^|\\s)(?:several|many|multiple|numerous|various|two|three|four|five|six|seven|eight|nine|ten|\\d+)"
                    + "((?:\\s+[\\p{L}\\p{N}'’-]+){0,2})\\s+$");

    /** Whether the act is a counted set of acts ("held several meetings", "three raids"), not a run. */
    private static boolean counted(MentionFacts act) {
        return phrase(COUNTED, act.article().text(), act.mention().trigger().start());
    }

    /** An adverb of repetition right before the trigger ("have repeatedly targeted"). */
    private static final Pattern AGAIN_AND_AGAIN = Pattern.compile(
            "(?i)(?:^|\\s)(?:repeatedly|frequently|regularly|routinely|often|constantly|continually|persistently)\\s+$");
    /** A perfect progressive's "been" right before the trigger ("have been launching"). */
    private static final Pattern BEEN = Pattern.compile("(?i)(?:^|\\s)been\\s+$");

    /**
     * Whether the word at {@code start} of {@code text} tells an act done again and again: after an
     * adverb of repetition, or as a perfect progressive ("have been launching rocket attacks").
     */
    static boolean habitual(String text, int start, String word) {
        String before = text.substring(Math.max(0, start - 30), start);
        return AGAIN_AND_AGAIN.matcher(before).find()
                || BEEN.matcher(before).find() && word.toLowerCase(Locale.ROOT).endsWith("ing");
    }

    /** Whether a definite article or demonstrative stands right before the word at {@code start} of {@code text}. */
    static boolean definite(String text, int start) {
        return phrase(DEFINITE, text, start);
    }

    private static boolean phrase(Pattern opening, String text, int start) {
        String before = text.substring(Math.max(0, start - 60), start);
        Matcher m = opening.matcher(before);
        if (!m.find())
            return false;
        for (String word : m.group(1).strip().toLowerCase(Locale.ROOT).split("\\s+"))
            if (BREAKS.contains(word))
                return false;
        return true;
    }
}

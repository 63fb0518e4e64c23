package org.casus.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casus.model.Article;
import org.casus.model.EventMention;
import org.casus.model.Modality;

/**
 * What matching needs of one mention, worked out once: its type family, the kind of telling, the
 * days its date can cover, its content words and normalised place.
 *
 * @param index    the mention's position in the run's input
 * @param mention  the mention
 * @param article  the article it comes from
 * @param story    the story the article belongs to; empty when stories are not given
 * @param family   {@link TypeFamily#of} its code
 * @param telling  act, threat or unrealised
 * @param range    the days its date may cover; null when it has none. A date the coder took from the
 *                 publication day (no date words in the sentence) only says that the event came
 *                 before the report, so it covers the {@link #REPORT_LAG} days before it
 * @param stated   whether the sentence itself states the date
 * @param monthDay the month and day (or month) of a stated date, with or without its year; null when
 *                 the sentence states none, or one longer than a month
 * @param words    {@link QuoteWords} of the quote
 * @param place    the location, lower-cased without a leading "the"; null without one
 * @param sortDay  the day it is sorted on for blocking
 * @param trigger  the trigger word's {@link TriggerLemmas base form} ("hosted" and "hosting" give
 *                 "host", "shot" gives "shoot"), so that two tellings naming the act with one word meet
 * @param plural   whether the trigger is a {@link TriggerLemmas#plural plural} ("attacks")
 * @param definite whether the trigger is the head of a {@link ArticleReferences#definite definite phrase}
 *                 ("the rocket attack")
 * @param another  whether "another" opens the trigger's phrase ("another meeting"): one more act of a
 *                 kind already told, none told before it
 * @param habitual whether the trigger is {@link ArticleReferences#habitual told as done again and again}
 *                 ("have repeatedly targeted", "have been launching")
 */
record MentionFacts(int index, EventMention mention, Article article, String story, String family,
                    ModalityClass telling, DateRange range, boolean stated, YearlessDate monthDay, int[] words, String place,
                    long sortDay, String trigger, boolean plural, boolean definite,
                    boolean another, boolean habitual) {
    /** How many days before its report a publication-dated mention may have happened. */
    static final int REPORT_LAG = 30;
    /** Inflection endings taken off a trigger word, the longer first. */
    private static final List<String> ENDINGS = List.of("ings", "ing", "ed", "es", "s", "e");

    /**
     * @param storyDay the day an undated article is sorted on: the earliest publication day of its story
     */
    static MentionFacts of(int index, EventMention m, Article article, String story, long storyDay, QuoteWords words,
                           TriggerLemmas lemmas) {
        boolean stated = !m.dateText().isEmpty();
        DateRange range = m.date().flatMap(DateRange::of).orElse(null);
        if (range != null && !stated)
            range = new DateRange(range.first().minusDays(REPORT_LAG), range.last().plusDays(1));
        YearlessDate monthDay = !stated ? null : range != null ? YearlessDate.of(range).orElse(null)
                : m.date().flatMap(YearlessDate::parse).orElse(null);
        String place = m.location().map(MentionFacts::placeKey).orElse(null);
        long sortDay = range != null ? (stated ? range.firstDay() : range.lastDay() - 1)
                : article.published().map(LocalDate::toEpochDay).orElse(storyDay);
        String trigger = m.trigger().cut(article.text());
        return new MentionFacts(index, m, article, story, TypeFamily.of(m.code()), ModalityClass.of(m.modality()),
                range, stated, monthDay, words.of(m.quote()), place, sortDay, lemmas.of(trigger), lemmas.plural(trigger),
                ArticleReferences.definite(article.text(), m.trigger().start()),
                ArticleReferences.another(article.text(), m.trigger().start()),
                ArticleReferences.habitual(article.text(), m.trigger().start(), trigger));
    }

    /** {@code word} lower-cased, less one inflection ending and a doubled last letter ("killed" and "killing": "kil"). */
    static String stem(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (String ending : ENDINGS)
            if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
                w = w.substring(0, w.length() - ending.length());
                break;
            }
        int n = w.length();
        return n > 3 && w.charAt(n - 1) == w.charAt(n - 2) ? w.substring(0, n - 1) : w;
    }

    private static String placeKey(String location) {
        String key = location.strip().toLowerCase(Locale.ROOT);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    Optional<String> source() {
        return mention.source();
    }

    Optional<String> target() {
        return mention.target();
    }

    boolean denied() {
        return mention.modality() == Modality.DENIED;
    }

    /** A group's own word that it did it: reported, and attributed to the doer itself. */
    boolean claimed() {
        return mention.modality().happened() && mention.source().isPresent()
                && mention.source().equals(mention.attributedTo());
    }

    /**
     * The kind of telling the mention is compared within. A plan of an act other than violence (a
     * visit, a hosting, talks) meets the act itself, which is the plan carried out ("will host the
     * ceremony", "hosted the ceremony"); a plan of violence stays apart, as do threats, conditions and
     * statements that something did not happen.
     */
    ModalityClass meetsAs() {
        return mention.modality() == Modality.PLANNED && !family.equals("violence") ? ModalityClass.ACT : telling;
    }

    /** Whether the mention says more of its event than its word: an actor, a place or a stated date. */
    boolean tellsMore() {
        return mention.source().isPresent() || mention.target().isPresent() || mention.location().isPresent() || stated;
    }

    /**
     * Whether the mention speaks of a run of violent acts rather than one: a bare plural name ("frequent
     * attacks on the embassy in recent months") or an act done again and again ("whose rockets have
     * repeatedly targeted the base"), with no count and no day of its own. Such a mention is no telling
     * of an act some sentence dates. "The attacks" may name one event of many parts, and is not one.
     */
    boolean series() {
        return (plural && !definite || habitual) && !stated && family.equals("violence") && mention.quantities().isEmpty();
    }

    /** Whether the mention says who did an act rather than naming one: a claim (015) or a denial (016) of responsibility. */
    boolean aboutResponsibility() {
        return TypeFamily.isResponsibility(mention.code());
    }

    /** Whether the mention is a claim of responsibility ("the group claimed the attack"). */
    boolean claimOfResponsibility() {
        return mention.code().startsWith(TypeFamily.CLAIM);
    }
}

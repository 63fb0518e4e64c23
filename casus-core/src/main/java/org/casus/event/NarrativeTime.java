package org.casus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.model.EventMention;
import org.casus.model.Span;

/**
 * An act told in the past with no time of its own, in a sentence that names no time at all, right
 * after a sentence that dates its acts by its own words, happened then: a passage on what happened
 * earlier goes on in its own time ("… at the beginning of the year with the airstrike that killed
 * the general. Iran launched a missile attack in response …"), and the report's own day would put
 * the second act in the news of the day. Only a simple past or a past participle carries the time
 * over; a present ("Iran says"), a present perfect ("have welcomed") or a noun ("the attack") does
 * not; a sentence whose acts state two different times gives none; and a time carried over is not
 * carried on, so a passage drifts no further than one sentence from the time it names.
 */
final class NarrativeTime {
    private static final Set<String> PAST = Set.of("VBD", "VBN");
    private static final Set<String> PRESENT_PERFECT = Set.of("has", "have", "'ve", "’ve");

    private NarrativeTime() {
    }

    /**
     * The article's mentions, in text order, with the undated past acts of each sentence without a
     * time expression dated as the acts of the sentence before it.
     *
     * @param trees the article's sentences, by index
     * @param timed the indexes of the sentences that hold a time expression
     */
    static List<EventMention> carry(List<EventMention> mentions, List<SentenceTree> trees, Set<Integer> timed) {
        List<EventMention> carried = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            int s = m.sentence();
            Optional<EventMention> then = !m.dateText().isEmpty() || timed.contains(s) || !timed.contains(s - 1)
                    || !past(trees.get(s), m.trigger()) ? Optional.empty() : onlyTime(mentions, s - 1);
            carried.add(then.map(t -> new EventMention(m.id(), m.article(), m.sentence(), m.quote(), m.span(),
                    m.trigger(), m.type(), m.source(), m.target(), m.location(), m.locationId(), t.date(),
                    t.datePrecision(), t.dateText(), m.modality(), m.attributedTo(), m.quantities(), m.event()))
                    .orElse(m));
        }
        return carried;
    }

    /** The one mention standing for the one time the acts of a sentence state, if they state one. */
    private static Optional<EventMention> onlyTime(List<EventMention> mentions, int sentence) {
        List<EventMention> stated = mentions.stream()
                .filter(m -> m.sentence() == sentence && m.date().isPresent() && !m.dateText().isEmpty()).toList();
        return stated.stream().map(EventMention::date).distinct().count() == 1
                ? Optional.of(stated.get(0)) : Optional.empty();
    }

    /** A simple past, or a past participle but for a present perfect's ("have welcomed"). */
    private static boolean past(SentenceTree tree, Span trigger) {
        for (int i = 0; i < tree.size(); i++)
            if (tree.token(i).span().equals(trigger))
                return PAST.contains(tree.token(i).pos()) && tree.children(i, "aux", "aux:pass").stream()
                        .noneMatch(a -> PRESENT_PERFECT.contains(tree.word(a).toLowerCase(Locale.ROOT)));
        return false;
    }
}

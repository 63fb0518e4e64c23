package org.casus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.casus.model.EventMention;
import org.casus.model.Span;

/**
 * Joins the mentions of one sentence that tell one event twice: "rockets fired by the militia fell
 * outside the embassy" has two words for one rocket attack. Mentions join when they share the code
 * and the modality and neither names a different source, target or place than the other.
 */
final class MentionMerger {
    /** CAMEO's "make a visit" and "host a visit". */
    private static final Set<String> VISITS = Set.of("042", "043");
    private MentionMerger() {
    }

    /**
     * @param apart      the triggers that tell acts of their own, which join no other word's act
     * @param occasioned the triggers whose act names its own occasion, which no visit beside it places
     */
    static List<EventMention> merge(List<EventMention> mentions, Set<Span> apart, Set<Span> occasioned) {
        List<EventMention> kept = new ArrayList<>();
        mentions = visitPlaces(mentions, occasioned);
        outer:
        for (EventMention m : mentions) {
            for (int k = 0; k < kept.size(); k++)
                if (joins(kept.get(k), m) && !apart.contains(kept.get(k).trigger()) && !apart.contains(m.trigger())) {
                    kept.set(k, join(kept.get(k), m));
                    continue outer;
                }
            kept.add(m);
        }
        return kept;
    }

    /**
     * "Qaani, who also visited Lebanon, met Nasrallah": a meeting told beside a visit of the same
     * person, with no place of its own, took place where the visit went.
     */
    private static List<EventMention> visitPlaces(List<EventMention> mentions, Set<Span> occasioned) {
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            Optional<EventMention> visit = m.location().isPresent() || occasioned.contains(m.trigger()) || !m.type().root().equals("04") || m.source().isEmpty()
                    ? Optional.empty()
                    : mentions.stream().filter(v -> VISITS.contains(v.code()) && v.location().isPresent()
                            && v.source().equals(m.source())).findFirst();
            out.add(visit.map(v -> new EventMention(m.id(), m.article(), m.sentence(), m.quote(), m.span(), m.trigger(),
                    m.type(), m.source(), m.target(), v.location(), v.locationId(), m.date(), m.datePrecision(),
                    m.dateText(), m.modality(), m.attributedTo(), m.quantities(), m.event())).orElse(m));
        }
        return out;
    }

    private static boolean joins(EventMention a, EventMention b) {
        return a.code().equals(b.code()) && a.modality() == b.modality() && fits(a.source(), b.source())
                && fits(a.target(), b.target()) && fits(a.location(), b.location())
                && !a.trigger().equals(b.trigger());
    }

    private static boolean fits(Optional<String> a, Optional<String> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    private static EventMention join(EventMention a, EventMention b) {
        Optional<String> source = a.source().or(b::source);
        Optional<String> target = a.target().or(b::target);
        boolean bDated = a.dateText().isEmpty() && !b.dateText().isEmpty();
        EventMention dated = bDated ? b : a;
        EventMention placed = a.location().isPresent() ? a : b;
        Map<String, Long> counts = new TreeMap<>(b.quantities());
        a.quantities().forEach((k, v) -> counts.merge(k, v, Math::max));
        String id = EventMention.idOf(a.article(), a.span(), a.trigger(), a.code(), source, target);
        return new EventMention(id, a.article(), a.sentence(), a.quote(), a.span(), a.trigger(), a.type(), source,
                target, placed.location(), placed.locationId(), dated.date(), dated.datePrecision(),
                dated.dateText(), a.modality(), a.attributedTo().or(b::attributedTo), counts, Optional.empty());
    }
}

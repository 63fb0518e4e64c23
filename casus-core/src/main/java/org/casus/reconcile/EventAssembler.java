package org.casus.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.casus.model.Article;
import org.casus.model.Corroboration;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.model.EventType;
import org.casus.model.Modality;
import org.casus.model.Precision;
import org.casus.model.SourceLineage;

/**
 * Builds one event from its mentions: the lineage of each article, then every field by vote of the
 * independent sources, the corroboration and the contradictions.
 */
final class EventAssembler {
    /** Mentions in the order readers met them: publication day, article, sentence. */
    static final Comparator<MentionFacts> READING_ORDER = Comparator
            .comparing((MentionFacts f) -> f.article().published().orElse(LocalDate.MAX))
            .thenComparing(f -> f.mention().article())
            .thenComparingInt(f -> f.mention().sentence())
            .thenComparing(f -> f.mention().id());

    private final LineageReader lineage;
    private final ContradictionFinder contradictions;

    EventAssembler(LineageReader lineage, ContradictionFinder contradictions) {
        this.lineage = lineage;
        this.contradictions = contradictions;
    }

    Event assemble(List<MentionFacts> group) {
        List<MentionFacts> members = new ArrayList<>(group);
        members.sort(READING_ORDER);
        Map<String, List<EventMention>> byArticle = new TreeMap<>();
        Map<String, Article> articleById = new HashMap<>();
        for (MentionFacts f : members) {
            byArticle.computeIfAbsent(f.mention().article(), k -> new ArrayList<>()).add(f.mention());
            articleById.put(f.mention().article(), f.article());
        }
        Map<String, String> sourceOf = new LinkedHashMap<>();
        List<SourceLineage> lineages = new ArrayList<>();
        byArticle.forEach((id, mentions) -> {
            SourceLineage l = lineage.of(articleById.get(id), mentions);
            lineages.add(l);
            sourceOf.put(id, l.source());
        });
        Function<MentionFacts, String> voter = f -> sourceOf.get(f.mention().article());
        // "the report said": the outlet the article credits for the event said it
        Map<String, SourceLineage> lineageOf = new HashMap<>();
        lineages.forEach(l -> lineageOf.put(l.article(), l));
        Function<EventMention, Optional<String>> saidBy = m -> m.attributedTo().map(a -> LineageReader.pointsBack(a)
                && lineageOf.get(m.article()).kind() == SourceLineage.Kind.CREDIT ? lineageOf.get(m.article()).source() : a);

        List<MentionFacts> acts = members.stream().filter(f -> !f.aboutResponsibility()).toList();
        if (acts.isEmpty())
            acts = members;
        List<MentionFacts> happened = acts.stream().filter(f -> f.mention().modality().happened()).toList();
        List<MentionFacts> voters = happened.isEmpty() ? acts : happened;

        EventType type = vote(voters, f -> Optional.of(f.mention().type()), voter,
                Comparator.comparing((EventType t) -> -t.code().length()).thenComparing(EventType::code)).orElseThrow();
        Optional<String> target = vote(acts, MentionFacts::target, voter, Comparator.<String>naturalOrder());
        // a doer named in the same clause as the event's victim speaks for the event more surely
        List<MentionFacts> withTarget = voters.stream().filter(f -> target.isPresent() && f.target().equals(target)
                && f.source().isPresent()).toList();
        Optional<String> source = vote(withTarget.isEmpty() ? voters : withTarget, MentionFacts::source, voter,
                Comparator.<String>naturalOrder());
        Optional<String> location = vote(acts, f -> f.mention().location(), voter, Comparator.<String>naturalOrder());
        Optional<String> date = date(members, voter);
        Map<String, Long> quantities = quantities(voters, voter);
        Modality modality = modality(members, voter);

        Set<String> outlets = new TreeSet<>();
        articleById.values().forEach(a -> a.outlet().ifPresent(outlets::add));
        List<String> articles = List.copyOf(byArticle.keySet());
        int independent = (int) lineages.stream().map(SourceLineage::source).distinct().count();
        return new Event("e" + members.get(0).mention().id(), type, source, target, location, date,
                date.map(Precision::of).orElse(Precision.UNKNOWN), quantities, modality,
                members.stream().map(f -> f.mention().id()).toList(), articles, List.copyOf(outlets),
                new Corroboration(articles.size(), independent), contradictions.find(members, saidBy), lineages);
    }

    /**
     * The date most sources state, else the one most give; the finer of two that agree ("early 2020"
     * and "3 January 2020"), and a day named without its year placed in the year another mention
     * gives ("January 3" and "2020": 2020-01-03) or, failing that, in the weeks before a dated report
     * of the event.
     */
    private static Optional<String> date(List<MentionFacts> members, Function<MentionFacts, String> voter) {
        Comparator<String> finerFirst = Comparator.comparingLong(EventAssembler::days)
                .thenComparing(Comparator.naturalOrder());
        Optional<String> voted = vote(members, f -> f.stated() ? f.mention().date() : Optional.empty(), voter, finerFirst)
                .or(() -> vote(members, f -> f.mention().date(), voter, finerFirst));
        Optional<DateRange> range = voted.flatMap(DateRange::of);
        if (range.isEmpty()) {
            // an unplaced day: placed by a stated day of a known year, else by a stated coarser date
            Optional<YearlessDate> yearless = voted.flatMap(YearlessDate::parse);
            if (yearless.isEmpty())
                return voted;
            return vote(members, f -> f.stated() && f.range() != null && f.range().days() == 1
                    && f.monthDay().near(yearless.get(), 0) ? f.mention().date() : Optional.empty(), voter, finerFirst)
                    .or(() -> placed(members, yearless.get(), true))
                    // "November 17" and a report of the event published on 2020-11-20: 2020-11-17
                    .or(() -> placed(members, yearless.get(), false))
                    .or(() -> voted);
        }
        DateRange within = range.get();
        return vote(members, f -> f.mention().date().flatMap(d -> finerWithin(d, within)), voter, finerFirst)
                .or(() -> voted);
    }

    /** The day {@code day} is in the first date (stated or the weeks before a report) that holds it once, finer first. */
    private static Optional<String> placed(List<MentionFacts> members, YearlessDate day, boolean stated) {
        return members.stream().filter(f -> f.stated() == stated && f.range() != null)
                .sorted(Comparator.comparingLong(f -> f.range().days()))
                .map(f -> day.placeIn(f.range())).flatMap(Optional::stream).findFirst().map(LocalDate::toString);
    }

    /** {@code value} as a date strictly finer than {@code range} and inside it, if it is one. */
    private static Optional<String> finerWithin(String value, DateRange range) {
        Optional<DateRange> r = DateRange.of(value);
        if (r.isPresent())
            return r.get().days() < range.days() && r.get().firstDay() >= range.firstDay()
                    && r.get().lastDay() <= range.lastDay() ? Optional.of(value) : Optional.empty();
        return YearlessDate.parse(value).flatMap(y -> y.placeIn(range)).map(LocalDate::toString);
    }

    /** How many days a value covers; a day without its year counts as a day, an unknown value as none. */
    private static long days(String value) {
        return DateRange.of(value).map(DateRange::days)
                .orElseGet(() -> YearlessDate.parse(value).map(y -> y.day() == 0 ? 31L : 1L).orElse(Long.MAX_VALUE));
    }

    private static <T> Optional<T> vote(List<MentionFacts> members, Function<MentionFacts, Optional<T>> value,
                                        Function<MentionFacts, String> voter, Comparator<T> tieBreak) {
        Votes<T> votes = new Votes<>(tieBreak);
        for (MentionFacts f : members)
            value.apply(f).ifPresent(v -> votes.add(v, voter.apply(f)));
        return votes.winner();
    }

    private static Map<String, Long> quantities(List<MentionFacts> members, Function<MentionFacts, String> voter) {
        Map<String, Votes<Long>> byName = new TreeMap<>();
        for (MentionFacts f : members)
            f.mention().quantities().forEach((name, count) -> byName
                    .computeIfAbsent(name, k -> new Votes<>(Comparator.<Long>reverseOrder())).add(count, voter.apply(f)));
        Map<String, Long> chosen = new TreeMap<>();
        byName.forEach((name, votes) -> chosen.put(name, votes.winner().orElseThrow()));
        return chosen;
    }

    /**
     * ASSERTED or REPORTED as soon as one source says it happened (ASSERTED when as many sources tell
     * it in their own voice as through others); otherwise what most sources say, ties going to
     * the modality {@link Modality} declares first.
     */
    private static Modality modality(List<MentionFacts> members, Function<MentionFacts, String> voter) {
        Predicate<MentionFacts> happened = f -> f.mention().modality().happened();
        if (members.stream().anyMatch(happened)) {
            long asserted = sources(members, f -> f.mention().modality() == Modality.ASSERTED, voter);
            long reported = sources(members, f -> f.mention().modality() == Modality.REPORTED, voter);
            return asserted >= reported ? Modality.ASSERTED : Modality.REPORTED;
        }
        return vote(members, f -> Optional.of(f.mention().modality()), voter, Comparator.<Modality>naturalOrder())
                .orElseThrow();
    }

    private static long sources(List<MentionFacts> members, Predicate<MentionFacts> which,
                                Function<MentionFacts, String> voter) {
        return members.stream().filter(which).map(voter).distinct().count();
    }
}

package org.casus.reconcile;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.casus.model.Escalation;
import org.casus.model.EscalationCell;
import org.casus.model.Event;
import org.casus.model.Modality;
import org.casus.model.Precision;

/**
 * The escalation index over reconciled events, in the manner of GDELT's dyad tables: per (doer,
 * target) pair and per day and ISO week, the number of events, the sum of their Goldstein scores each
 * weighted by the articles that tell of it (GDELT weights by its NumArticles), and counts per PLOVER
 * category. Only what was done counts: events that happened, and threats made (CAMEO root 13, where
 * making the threat is the act); plans, conditions and denials do not. Events dated to the day count
 * in both tables, events dated to the week only in the weekly one, coarser dates in neither.
 */
public final class EscalationIndex {
    private static final Comparator<Optional<String>> ACTOR = Comparator.comparing(o -> o.orElse(""));

    private EscalationIndex() {
    }

    /** The index of {@code events}. */
    public static Escalation of(Collection<Event> events) {
        Map<Key, Cell> days = new TreeMap<>();
        Map<Key, Cell> weeks = new TreeMap<>();
        for (Event e : events) {
            if (!counts(e))
                continue;
            Optional<DateRange> range = e.date().flatMap(DateRange::of);
            if (range.isEmpty())
                continue;
            LocalDate first = range.get().first();
            if (Timeline.daily(e.datePrecision()))
                add(days, new Key(first.toString(), e.source(), e.target()), e);
            if (Timeline.daily(e.datePrecision()) || e.datePrecision() == Precision.WEEK)
                add(weeks, new Key(week(first), e.source(), e.target()), e);
        }
        return new Escalation(cells(days), cells(weeks));
    }

    private static boolean counts(Event e) {
        return e.happened() || e.modality() == Modality.THREATENED && e.type().root().equals("13");
    }

    private static String week(LocalDate day) {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private record Key(String period, Optional<String> source, Optional<String> target) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Comparator.comparing(Key::period).thenComparing(Key::source, ACTOR)
                    .thenComparing(Key::target, ACTOR).compare(this, o);
        }
    }

    private static final class Cell {
        int events;
        int articles;
        double goldstein;
        final Map<String, Integer> plover = new TreeMap<>();
    }

    private static void add(Map<Key, Cell> table, Key key, Event e) {
        Cell cell = table.computeIfAbsent(key, k -> new Cell());
        cell.events++;
        cell.articles += e.corroboration().articles();
        cell.goldstein += e.type().goldstein() * e.corroboration().articles();
        e.type().plover().ifPresent(p -> cell.plover.merge(p, 1, Integer::sum));
    }

    private static List<EscalationCell> cells(Map<Key, Cell> table) {
        List<EscalationCell> cells = new ArrayList<>(table.size());
        table.forEach((k, c) -> cells.add(new EscalationCell(k.source(), k.target(), k.period(), c.events,
                c.articles, c.goldstein, c.plover)));
        return cells;
    }
}

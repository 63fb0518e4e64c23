package org.casus.model;

import java.util.List;

/**
 * The escalation index: per actor pair, per day and per ISO week.
 *
 * @param days  cells by day, sorted by period, then source, then target (unknown actors first)
 * @param weeks cells by ISO week, in the same order
 */
public record Escalation(List<EscalationCell> days, List<EscalationCell> weeks) {
    public Escalation {
        days = List.copyOf(days);
        weeks = List.copyOf(weeks);
    }
}

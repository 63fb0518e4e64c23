package org.casus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.casus.model.Escalation;
import org.casus.model.EscalationCell;

/**
 * Writes the escalation index in the public escalation format, version {@link #FORMAT_VERSION},
 * described in {@code docs/formats/escalation.md}: one row per actor pair and period, days first and
 * then ISO weeks, as JSON Lines (PLOVER counts as an object) or CSV (as that object's JSON).
 */
public final class EscalationExport {
    /** Raised only when a field is renamed or removed; added fields keep the version. */
    public static final int FORMAT_VERSION = 1;

    /** The exported fields, in their order; new fields are only ever appended. */
    public static final List<String> FIELDS = List.of("unit", "period", "source", "target", "events", "articles",
            "goldstein", "plover", "format_version");

    private EscalationExport() {
    }

    /**
     * Writes the cells of {@code escalation} to {@code out} in UTF-8, then flushes it; the caller closes it.
     *
     * @return how many rows were written
     * @throws IOException when {@code out} cannot be written
     */
    public static long write(ExportFormat format, Escalation escalation, OutputStream out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        escalation.days().forEach(c -> rows.add(valuesOf("day", c)));
        escalation.weeks().forEach(c -> rows.add(valuesOf("week", c)));
        return RowWriter.writeAll(format, FIELDS, rows, row -> row, out);
    }

    private static List<Object> valuesOf(String unit, EscalationCell c) {
        return Arrays.asList(unit, c.period(), c.source().orElse(null), c.target().orElse(null), c.events(),
                c.articles(), c.goldstein(), c.plover(), FORMAT_VERSION);
    }
}

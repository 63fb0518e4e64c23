package org.casus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casus.model.Contradiction;
import org.casus.model.ContradictionValue;
import org.casus.model.Event;
import org.casus.model.SourceLineage;

/**
 * Writes reconciled events in the public event format, version {@link #FORMAT_VERSION}, described in
 * {@code docs/formats/reconciled-events.md}: the fields of {@link #FIELDS} in that order, as JSON Lines
 * (nested values as objects and arrays) or CSV (lists of names joined with {@code |}, nested values as
 * their JSON). The same events in the same order give the same bytes.
 */
public final class EventExport {
    /** Raised only when a field is renamed or removed; added fields keep the version. */
    public static final int FORMAT_VERSION = 1;

    /** The exported fields, in their order; new fields are only ever appended. */
    public static final List<String> FIELDS = List.of("id", "type", "label", "goldstein", "source", "target",
            "location", "date", "date_precision", "quantities", "modality", "mentions", "articles", "outlets",
            "corroboration", "contradictions", "plover", "plover_mode", "lineage", "format_version");

    private EventExport() {
    }

    /**
     * Writes {@code events}, in the order given, to {@code out} in UTF-8, then flushes it; the caller
     * closes it. A store stream's {@link UncheckedIOException} is rethrown as its cause.
     *
     * @return how many events were written
     * @throws IOException when {@code out} cannot be written, or the events cannot be read
     */
    public static long write(ExportFormat format, Iterable<Event> events, OutputStream out) throws IOException {
        return RowWriter.writeAll(format, FIELDS, events, EventExport::valuesOf, out);
    }

    private static List<Object> valuesOf(Event e) {
        Map<String, Object> corroboration = new LinkedHashMap<>();
        corroboration.put("articles", e.corroboration().articles());
        corroboration.put("independent_sources", e.corroboration().independentSources());
        return Arrays.asList(e.id(), e.code(), e.type().label(), e.type().goldstein(), e.source().orElse(null),
                e.target().orElse(null), e.location().orElse(null), e.date().orElse(null), e.datePrecision().name(),
                e.quantities(), e.modality().name(), e.mentions(), e.articles(), e.outlets(), corroboration,
                new Nested(e.contradictions().stream().map(EventExport::contradiction).toList()),
                e.type().plover().orElse(null), e.type().ploverMode().orElse(null),
                new Nested(e.lineage().stream().map(EventExport::lineage).toList()), FORMAT_VERSION);
    }

    private static Map<String, Object> contradiction(Contradiction c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("field", c.field());
        out.put("values", c.values().stream().map(EventExport::value).toList());
        return out;
    }

    private static Map<String, Object> value(ContradictionValue v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("value", v.value());
        out.put("articles", v.articles());
        out.put("said_by", v.saidBy());
        return out;
    }

    private static Map<String, Object> lineage(SourceLineage l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("article", l.article());
        out.put("source", l.source());
        out.put("kind", l.kind().name());
        out.put("reason", l.reason());
        return out;
    }
}

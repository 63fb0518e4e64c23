package org.casus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.casus.model.EventMention;

/**
 * Writes event mentions in the public mention format, version {@link #FORMAT_VERSION}, described in
 * {@code docs/formats/mentions.md}: the fields of {@link #FIELDS} in that order, as JSON Lines (quantities
 * as an object) or CSV (quantities as that object's JSON). The same mentions in the same order give the
 * same bytes.
 */
public final class MentionExport {
    /** Raised only when a field is renamed or removed; added fields keep the version. */
    public static final int FORMAT_VERSION = 1;

    /** The exported fields, in their order; new fields are only ever appended. */
    public static final List<String> FIELDS = List.of("id", "article", "sentence", "quote", "start", "end",
            "type", "source", "target", "location", "date", "date_text", "modality", "attributed_to",
            "quantities", "event", "label", "goldstein", "plover", "plover_mode", "date_precision", "trigger",
            "trigger_start", "trigger_end", "location_id", "format_version");

    private MentionExport() {
    }

    /**
     * Writes {@code mentions}, in the order given, to {@code out} in UTF-8, then flushes it; the
     * caller closes it. A store stream's {@link UncheckedIOException} is rethrown as its cause.
     *
     * @return how many mentions were written
     * @throws IOException when {@code out} cannot be written, or the mentions cannot be read
     */
    public static long write(ExportFormat format, Iterable<EventMention> mentions, OutputStream out)
            throws IOException {
        return RowWriter.writeAll(format, FIELDS, mentions, MentionExport::valuesOf, out);
    }

    private static List<Object> valuesOf(EventMention m) {
        int at = m.span().start();
        String trigger = m.quote().substring(m.trigger().start() - at, m.trigger().end() - at);
        return Arrays.asList(m.id(), m.article(), m.sentence(), m.quote(), m.span().start(), m.span().end(),
                m.code(), m.source().orElse(null), m.target().orElse(null), m.location().orElse(null),
                m.date().orElse(null), m.dateText(), m.modality().name(), m.attributedTo().orElse(null),
                m.quantities(), m.event().orElse(null), m.type().label(), m.type().goldstein(),
                m.type().plover().orElse(null), m.type().ploverMode().orElse(null), m.datePrecision().name(),
                trigger, m.trigger().start(), m.trigger().end(), m.locationId().orElse(null), FORMAT_VERSION);
    }
}

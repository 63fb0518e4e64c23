package org.casus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.casus.model.Entity;

/**
 * Writes canonical entities in the public entity format, version {@link #FORMAT_VERSION},
 * described in {@code docs/formats/entities.md}: the fields of {@link #FIELDS} in that order, as
 * JSON Lines (lists as arrays) or CSV (lists joined with {@code |}). The same entities in the same
 * order give the same bytes.
 */
public final class EntityExport {
    /** Raised only when a field is renamed or removed; added fields keep the version. */
    public static final int FORMAT_VERSION = 1;

    /** The exported fields, in their order; new fields are only ever appended. */
    public static final List<String> FIELDS = List.of("id", "name", "type", "actor_code", "aliases",
            "affiliations", "articles", "format_version");

    private EntityExport() {
    }

    /**
     * Writes {@code entities}, in the order given, to {@code out} in UTF-8, then flushes it; the
     * caller closes it. A store stream's {@link UncheckedIOException} is rethrown as its cause.
     *
     * @return how many entities were written
     * @throws IOException when {@code out} cannot be written, or the entities cannot be read
     */
    public static long write(ExportFormat format, Iterable<Entity> entities, OutputStream out)
            throws IOException {
        return RowWriter.writeAll(format, FIELDS, entities, EntityExport::valuesOf, out);
    }

    private static List<Object> valuesOf(Entity e) {
        return Arrays.asList(e.id(), e.name(), e.type(), e.actorCode().orElse(null), e.aliases(),
                e.affiliations(), e.articles(), FORMAT_VERSION);
    }
}

package org.casus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes records as rows of named fields, in a fixed order, in one export format. Values are
 * strings, integers or null. Whatever the record type, the formats' rules live here once.
 */
sealed interface RowWriter permits JsonLinesWriter, CsvWriter {
    /** A writer of rows with these {@code fields} to {@code out}, which it never closes. */
    static RowWriter of(ExportFormat format, List<String> fields, OutputStream out) throws IOException {
        return switch (format) {
            case JSONL -> new JsonLinesWriter(fields, out);
            case CSV -> new CsvWriter(fields, out);
        };
    }

    /** Writes one record; {@code values} follow the field order. */
    void write(List<?> values) throws IOException;

    /** Flushes what is buffered to the stream, leaving the stream open. */
    void finish() throws IOException;
}

package org.casus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * Writes records as rows of named fields, in a fixed order, in one export format. Values are
 * strings, integers, lists of strings, or null. Whatever the record type, the formats' rules live here once.
 */
sealed interface RowWriter permits JsonLinesWriter, CsvWriter {
    /** A writer of rows with these {@code fields} to {@code out}, which it never closes. */
    static RowWriter of(ExportFormat format, List<String> fields, OutputStream out) throws IOException {
        return switch (format) {
            case JSONL -> new JsonLinesWriter(fields, out);
            case CSV -> new CsvWriter(fields, out);
        };
    }

    /**
     * Writes {@code records}, in the order given, as rows of {@code fields} to {@code out}, then
     * flushes it; the caller closes it. A store stream's {@link UncheckedIOException} is rethrown
     * as its cause.
     *
     * @param values a record's values, in the order of {@code fields}
     * @return how many records were written
     */
    static <T> long writeAll(ExportFormat format, List<String> fields, Iterable<T> records,
                             Function<T, List<?>> values, OutputStream out) throws IOException {
        RowWriter rows = of(format, fields, out);
        long written = 0;
        try {
            for (T record : records) {
                rows.write(values.apply(record));
                written++;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        rows.finish();
        return written;
    }

    /** Writes one record; {@code values} follow the field order. */
    void write(List<?> values) throws IOException;

    /** Flushes what is buffered to the stream, leaving the stream open. */
    void finish() throws IOException;
}

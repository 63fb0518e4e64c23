package org.casus.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated data file shipped beside this package. Blank lines and lines that
 * start with {@code #} are skipped; empty cells are kept, so columns stay where the header says.
 */
final class DataRows {

    /** One row: its cells, and {@code file:line} for error messages. */
    record Row(String where, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i).strip() : "";
        }

        IllegalStateException error(String problem) {
            return new IllegalStateException(where + ": " + problem);
        }
    }

    private DataRows() {
    }

    static List<Row> read(String name, int minColumns) {
        try (InputStream in = DataRows.class.getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("data file missing from the build: " + name);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#"))
                    continue;
                Row row = new Row(name + ":" + number, List.of(line.split("\t", -1)));
                if (row.cells().size() < minColumns)
                    throw row.error("want " + minColumns + " tab-separated columns, found " + row.cells().size());
                rows.add(row);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
    }
}

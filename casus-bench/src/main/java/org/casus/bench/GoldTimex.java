package org.casus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casus.model.Span;

/**
 * One gold TIMEX3 from {@code derived/timex3-gold.tsv}: which corpus and document, where, and its
 * type and value.
 */
record GoldTimex(String corpus, String document, Span span, String type, String value, String text) {

    /** Every row of the gold file; the columns are described in the benchmark's README. */
    static List<GoldTimex> readAll(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("corpus\tdoc_id\t"))
            throw new IOException(tsv + ": not the timex3 gold table (header missing)");
        List<GoldTimex> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != 16)
                throw new IOException(tsv + ":" + (i + 1) + ": expected 16 columns, found " + cells.length);
            try {
                rows.add(new GoldTimex(cells[0], cells[1],
                        new Span(Integer.parseInt(cells[13]), Integer.parseInt(cells[14])),
                        cells[4], cells[5], cells[15]));
            } catch (IllegalArgumentException e) {
                throw new IOException(tsv + ":" + (i + 1) + ": bad offsets: " + e.getMessage(), e);
            }
        }
        return rows;
    }
}

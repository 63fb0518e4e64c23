package org.casus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One record of the PETRARCH2 unit tests ({@code derived/unit-test-gold-codings.tsv}): a sentence,
 * its date, and the (source, target, event code) triples it must be coded as.
 *
 * @param kind "event", "noevents" (must code nothing), "error" (must be rejected) or "none-specified"
 */
record GoldCoding(String id, LocalDate date, String category, String kind, String text, Set<Triple> triples) {

    /** A coded event as PETRARCH writes it: "---" for an actor not known. */
    record Triple(String source, String target, String code) {
        String root() {
            return code.length() >= 2 ? code.substring(0, 2) : code;
        }
    }

    static List<GoldCoding> readAll(Path tsv) throws IOException {
        if (!Files.isRegularFile(tsv))
            throw new IOException(tsv + ": no such file (is --shared right?)");
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("sentence_id\t"))
            throw new IOException(tsv + ":1: not the gold codings header");
        Map<String, GoldCoding> records = new LinkedHashMap<>();
        for (int n = 1; n < lines.size(); n++) {
            String[] cells = lines.get(n).split("\t", -1);
            if (cells.length < 8)
                throw new IOException(tsv + ":" + (n + 1) + ": want 8 columns, found " + cells.length);
            LocalDate date = LocalDate.parse(cells[1], DateTimeFormatter.BASIC_ISO_DATE);
            GoldCoding record = records.computeIfAbsent(cells[0],
                    id -> new GoldCoding(id, date, cells[2], cells[3], cells[7], new LinkedHashSet<>()));
            if (cells[3].equals("event"))
                record.triples().add(new Triple(cells[4], cells[5], cells[6]));
        }
        List<GoldCoding> all = new ArrayList<>();
        for (GoldCoding r : records.values())
            all.add(new GoldCoding(r.id(), r.date(), r.category(), r.kind(), r.text(), Set.copyOf(r.triples())));
        return all;
    }
}

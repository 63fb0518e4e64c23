package org.casus.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads gazetteer rows: {@code id, name, type, code, aliases, affiliations, active}, tab-separated,
 * the last three optional; blank lines and lines starting with {@code #} are skipped.
 * The format is documented in docs/formats/gazetteer.md.
 */
final class GazetteerRows {
    /** A parsed row and where it came from, for messages about it later. */
    record Row(Actor actor, String where) {
    }

    private GazetteerRows() {
    }

    /**
     * Every row of one file, in order.
     *
     * @throws IllegalArgumentException naming {@code source:line} and the problem, for the first bad row
     */
    static List<Row> read(String source, BufferedReader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String where = source + ":" + number;
            try {
                rows.add(new Row(parse(line), where));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    static Actor parse(String line) {
        String[] cols = line.split("\t", -1);
        if (cols.length < 4 || cols.length > 7)
            throw new IllegalArgumentException("want 4 to 7 tab-separated columns, found " + cols.length);
        String id = cols[0].strip();
        String name = cols[1].strip();
        ActorType type = type(cols[2].strip());
        String code = cols[3].strip();
        List<String> aliases = cols.length > 4 ? split(cols[4]) : List.of();
        List<Affiliation> affiliations = new ArrayList<>();
        if (cols.length > 5)
            for (String a : split(cols[5])) {
                Affiliation affiliation = Affiliation.parse(a);
                if (affiliation.target().equals(id))
                    throw new IllegalArgumentException("actor '" + id + "' is affiliated with itself");
                affiliations.add(affiliation);
            }
        Optional<Years> active = cols.length > 6 && !cols[6].isBlank()
                ? Optional.of(Years.parse(cols[6])) : Optional.empty();
        return new Actor(id, name, type, code, aliases, affiliations, active);
    }

    private static ActorType type(String text) {
        try {
            return ActorType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown actor type '" + text + "'", e);
        }
    }

    private static List<String> split(String column) {
        List<String> parts = new ArrayList<>();
        for (String part : column.split("\\|"))
            if (!part.isBlank()) parts.add(part.strip());
        return parts;
    }
}

package org.casus.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.casus.model.EventType;

/**
 * The CAMEO event codes Casus knows, each with its label, Goldstein score and PLOVER category,
 * read from {@code cameo-event-codes.tsv} and {@code cameo-to-plover.tsv} (sources in their headers).
 */
final class CameoCatalog {
    private final Map<String, EventType> types = new HashMap<>();

    CameoCatalog() {
        Map<String, String[]> plover = new HashMap<>();
        for (DataRows.Row row : DataRows.read("cameo-to-plover.tsv", 2))
            plover.putIfAbsent(row.cell(0), new String[] {row.cell(1), row.cell(2)});
        for (DataRows.Row row : DataRows.read("cameo-event-codes.tsv", 3)) {
            String code = row.cell(0);
            String[] category = plover.get(code);
            try {
                EventType type = new EventType(code, row.cell(1), Double.parseDouble(row.cell(2)),
                        category == null ? Optional.empty() : Optional.of(category[0]),
                        category == null || category[1].isEmpty() ? Optional.empty() : Optional.of(category[1]));
                if (types.put(code, type) != null)
                    throw row.error("code " + code + " listed twice");
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        // PLOVER leaves out only what CAMEO roots 01 and 02 hold; a gap elsewhere is a broken file
        for (EventType t : types.values())
            if (t.plover().isEmpty() && !t.root().equals("01") && !t.root().equals("02"))
                throw new IllegalStateException("cameo-to-plover.tsv: no PLOVER category for " + t.code());
    }

    Optional<EventType> type(String code) {
        return Optional.ofNullable(types.get(code));
    }

    /** The type of {@code code}, which the caller's own data says exists. */
    EventType require(String code, String where) {
        EventType t = types.get(code);
        if (t == null)
            throw new IllegalStateException(where + ": CAMEO event code " + code + " is not in cameo-event-codes.tsv");
        return t;
    }
}

package org.casus.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Contradiction;
import org.casus.model.Corroboration;
import org.casus.model.Event;
import org.casus.model.EventType;
import org.casus.model.Modality;
import org.casus.model.Precision;
import org.casus.model.SourceLineage;

/** The {@code events} table: its statements, and how an {@link Event} maps to a row. */
final class EventTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Long>> QUANTITIES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Contradiction>> CONTRADICTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<SourceLineage>> LINEAGE = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, code, label, goldstein, plover, plover_mode, source_id, target_id,"
            + " location, date_value, date_precision, quantities, modality, mentions, articles, outlets,"
            + " article_count, independent_sources, contradictions, lineage";
    private static final String INSERT = "INSERT INTO events (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String TIE = "UPDATE event_mentions SET event_id = ? WHERE id = ?";
    /** Every stored event; the caller appends the order. */
    static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM events ORDER BY ";

    private EventTable() {
    }

    /** Whether a text field holds NUL, which PostgreSQL cannot store. */
    static boolean holdsNul(Event e) {
        return e.location().orElse("").indexOf('\0') >= 0 || e.outlets().stream().anyMatch(o -> o.indexOf('\0') >= 0)
                || e.lineage().stream().anyMatch(l -> (l.source() + l.reason()).indexOf('\0') >= 0)
                || e.contradictions().stream().flatMap(c -> c.values().stream())
                        .anyMatch(v -> v.value().indexOf('\0') >= 0);
    }

    /**
     * Replaces every stored event with {@code events} and ties each of their mentions to its event;
     * the caller holds the transaction.
     */
    static void replaceAll(Connection connection, List<Event> events) throws SQLException {
        try (Statement clear = connection.createStatement()) {
            clear.executeUpdate("DELETE FROM events");
            clear.executeUpdate("UPDATE event_mentions SET event_id = NULL WHERE event_id IS NOT NULL");
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
             PreparedStatement tie = connection.prepareStatement(TIE)) {
            for (Event e : events) {
                int c = 1;
                insert.setString(c++, e.id());
                insert.setString(c++, e.type().code());
                insert.setString(c++, e.type().label());
                insert.setDouble(c++, e.type().goldstein());
                insert.setString(c++, e.type().plover().orElse(null));
                insert.setString(c++, e.type().ploverMode().orElse(null));
                insert.setString(c++, e.source().orElse(null));
                insert.setString(c++, e.target().orElse(null));
                insert.setString(c++, e.location().orElse(null));
                insert.setString(c++, e.date().orElse(null));
                insert.setString(c++, e.datePrecision().name());
                insert.setString(c++, json(e.quantities()));
                insert.setString(c++, e.modality().name());
                insert.setString(c++, json(e.mentions()));
                insert.setString(c++, json(e.articles()));
                insert.setString(c++, json(e.outlets()));
                insert.setInt(c++, e.corroboration().articles());
                insert.setInt(c++, e.corroboration().independentSources());
                insert.setString(c++, json(e.contradictions()));
                insert.setString(c, json(e.lineage()));
                insert.addBatch();
                for (String mention : e.mentions()) {
                    tie.setString(1, e.id());
                    tie.setString(2, mention);
                    tie.addBatch();
                }
            }
            insert.executeBatch();
            tie.executeBatch();
        }
    }

    static Event read(ResultSet r) throws SQLException {
        EventType type = new EventType(r.getString("code"), r.getString("label"), r.getDouble("goldstein"),
                Optional.ofNullable(r.getString("plover")), Optional.ofNullable(r.getString("plover_mode")));
        return new Event(r.getString("id"), type, Optional.ofNullable(r.getString("source_id")),
                Optional.ofNullable(r.getString("target_id")), Optional.ofNullable(r.getString("location")),
                Optional.ofNullable(r.getString("date_value")), Precision.valueOf(r.getString("date_precision")),
                parse(r.getString("quantities"), QUANTITIES), Modality.valueOf(r.getString("modality")),
                parse(r.getString("mentions"), STRINGS), parse(r.getString("articles"), STRINGS),
                parse(r.getString("outlets"), STRINGS),
                new Corroboration(r.getInt("article_count"), r.getInt("independent_sources")),
                parse(r.getString("contradictions"), CONTRADICTIONS), parse(r.getString("lineage"), LINEAGE));
    }

    private static String json(Object value) throws SQLException {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot be written as JSON: " + value, e);
        }
    }

    private static <T> T parse(String json, TypeReference<T> type) throws SQLException {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored event field is not the JSON expected: " + json, e);
        }
    }
}

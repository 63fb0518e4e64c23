package org.casus.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.EventMention;
import org.casus.model.EventType;
import org.casus.model.Modality;
import org.casus.model.Precision;
import org.casus.model.Span;

/** The {@code event_mentions} table: its statements, and how an {@link EventMention} maps to a row. */
final class EventMentionTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Long>> QUANTITIES = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, sentence, quote, span_start, span_end, trigger_start, trigger_end,"
            + " code, label, goldstein, plover, plover_mode, source_id, target_id, location, location_id,"
            + " date_value, date_precision, date_text, modality, attributed_to, quantities, event_id";
    private static final String DELETE = "DELETE FROM event_mentions WHERE article_id = ?";
    private static final String INSERT = "INSERT INTO event_mentions (article_id, ordinal, " + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT " + COLUMNS + ", article_id FROM event_mentions"
            + " WHERE article_id = ? ORDER BY ordinal";
    /** Every stored mention; the caller appends the order. */
    static final String SELECT_ALL = "SELECT " + COLUMNS + ", article_id FROM event_mentions ORDER BY ";

    private EventMentionTable() {
    }

    /** Whether a text field holds NUL, which PostgreSQL cannot store. */
    static boolean holdsNul(EventMention m) {
        return m.quote().indexOf('\0') >= 0 || m.location().orElse("").indexOf('\0') >= 0
                || m.attributedTo().orElse("").indexOf('\0') >= 0 || m.dateText().indexOf('\0') >= 0;
    }

    /** Replaces the stored mentions of article {@code articleId}; the caller holds the transaction. */
    static void replace(Connection connection, String articleId, List<EventMention> mentions) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            delete.setString(1, articleId);
            delete.executeUpdate();
            for (int i = 0; i < mentions.size(); i++) {
                EventMention m = mentions.get(i);
                int c = 1;
                insert.setString(c++, articleId);
                insert.setInt(c++, i);
                insert.setString(c++, m.id());
                insert.setInt(c++, m.sentence());
                insert.setString(c++, m.quote());
                insert.setInt(c++, m.span().start());
                insert.setInt(c++, m.span().end());
                insert.setInt(c++, m.trigger().start());
                insert.setInt(c++, m.trigger().end());
                insert.setString(c++, m.type().code());
                insert.setString(c++, m.type().label());
                insert.setDouble(c++, m.type().goldstein());
                insert.setString(c++, m.type().plover().orElse(null));
                insert.setString(c++, m.type().ploverMode().orElse(null));
                insert.setString(c++, m.source().orElse(null));
                insert.setString(c++, m.target().orElse(null));
                insert.setString(c++, m.location().orElse(null));
                insert.setString(c++, m.locationId().orElse(null));
                insert.setString(c++, m.date().orElse(null));
                insert.setString(c++, m.datePrecision().name());
                insert.setString(c++, m.dateText());
                insert.setString(c++, m.modality().name());
                insert.setString(c++, m.attributedTo().orElse(null));
                insert.setString(c++, json(m.quantities()));
                insert.setString(c, m.event().orElse(null));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The stored event mentions of article {@code articleId}, in their saved order. */
    static List<EventMention> of(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, articleId);
            List<EventMention> mentions = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) mentions.add(read(r));
            }
            return mentions;
        }
    }

    static EventMention read(ResultSet r) throws SQLException {
        EventType type = new EventType(r.getString("code"), r.getString("label"), r.getDouble("goldstein"),
                Optional.ofNullable(r.getString("plover")), Optional.ofNullable(r.getString("plover_mode")));
        return new EventMention(r.getString("id"), r.getString("article_id"), r.getInt("sentence"),
                r.getString("quote"), new Span(r.getInt("span_start"), r.getInt("span_end")),
                new Span(r.getInt("trigger_start"), r.getInt("trigger_end")), type,
                Optional.ofNullable(r.getString("source_id")), Optional.ofNullable(r.getString("target_id")),
                Optional.ofNullable(r.getString("location")), Optional.ofNullable(r.getString("location_id")),
                Optional.ofNullable(r.getString("date_value")), Precision.valueOf(r.getString("date_precision")),
                r.getString("date_text"), Modality.valueOf(r.getString("modality")),
                Optional.ofNullable(r.getString("attributed_to")), quantities(r.getString("quantities")),
                Optional.ofNullable(r.getString("event_id")));
    }

    private static String json(Map<String, Long> quantities) throws SQLException {
        try {
            return JSON.writeValueAsString(quantities);
        } catch (JsonProcessingException e) {
            throw new SQLException("quantities cannot be written as JSON: " + quantities, e);
        }
    }

    private static Map<String, Long> quantities(String json) throws SQLException {
        try {
            return JSON.readValue(json, QUANTITIES);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored quantities are not JSON: " + json, e);
        }
    }
}

package org.casus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.model.ActorMention;
import org.casus.model.Span;

/** The {@code actor_mentions} table: its statements, and how an {@link ActorMention} maps to a row. */
final class ActorMentionTable {
    private static final String COLUMNS =
            "span_start, span_end, text, entity_id, entity_name, entity_type, actor_code";

    private static final String DELETE = "DELETE FROM actor_mentions WHERE article_id = ?";
    private static final String INSERT = "INSERT INTO actor_mentions (article_id, ordinal, " + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM actor_mentions WHERE article_id = ? ORDER BY ordinal";

    private ActorMentionTable() {
    }

    /** Whether a field holds NUL, which PostgreSQL cannot store; refusing it everywhere keeps stores alike. */
    static boolean holdsNul(ActorMention m) {
        return Stream.of(m.text(), m.entityId(), m.name(), m.type(), m.code().orElse(""))
                .anyMatch(field -> field.indexOf('\0') >= 0);
    }

    /** Replaces the stored mentions of article {@code articleId} with {@code mentions}; the caller holds the transaction. */
    static void replace(Connection connection, String articleId, List<ActorMention> mentions) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            delete.setString(1, articleId);
            delete.executeUpdate();
            for (int i = 0; i < mentions.size(); i++) {
                ActorMention m = mentions.get(i);
                insert.setString(1, articleId);
                insert.setInt(2, i);
                insert.setInt(3, m.span().start());
                insert.setInt(4, m.span().end());
                insert.setString(5, m.text());
                insert.setString(6, m.entityId());
                insert.setString(7, m.name());
                insert.setString(8, m.type());
                insert.setString(9, m.code().orElse(null));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The stored mentions of article {@code articleId}, in their saved order. */
    static List<ActorMention> of(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, articleId);
            List<ActorMention> mentions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next())
                    mentions.add(read(rows));
            }
            return List.copyOf(mentions);
        }
    }

    private static ActorMention read(ResultSet row) throws SQLException {
        try {
            return new ActorMention(new Span(row.getInt(1), row.getInt(2)), row.getString(3), row.getString(4),
                    row.getString(5), row.getString(6), Optional.ofNullable(row.getString(7)));
        } catch (IllegalArgumentException e) {
            throw new SQLException("unreadable actor mention: " + e.getMessage(), e);
        }
    }
}

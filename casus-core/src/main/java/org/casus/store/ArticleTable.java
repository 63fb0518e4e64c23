package org.casus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.model.Article;

/** The {@code articles} table: its statements, and how an {@link Article} maps to a row. */
final class ArticleTable {
    private static final String COLUMNS =
            "id, source, url, outlet, title, published, byline, language, text, duplicate_of";

    static final String INSERT = "INSERT INTO articles (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
    static final String SELECT_ONE = "SELECT " + COLUMNS + " FROM articles WHERE id = ?";
    static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM articles ORDER BY ";
    static final String MARK_DUPLICATE = "UPDATE articles SET duplicate_of = ? WHERE id = ?";
    static final String COUNT = "SELECT COUNT(*) FROM articles";
    private static final String EXISTS = "SELECT 1 FROM articles WHERE id = ?";

    private ArticleTable() {
    }

    /** Whether an article with this id is stored. */
    static boolean exists(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(EXISTS)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Whether a field holds NUL, which PostgreSQL cannot store; refusing it everywhere keeps stores alike. */
    static boolean holdsNul(Article a) {
        return Stream.of(a.id(), a.source(), a.url().orElse(""), a.outlet().orElse(""), a.title(),
                        a.byline().orElse(""), a.language().orElse(""), a.text(), a.duplicateOf().orElse(""))
                .anyMatch(field -> field.indexOf('\0') >= 0);
    }

    /** Binds {@code a} to {@link #INSERT}. */
    static void bind(PreparedStatement insert, Article a) throws SQLException {
        insert.setString(1, a.id());
        insert.setString(2, a.source());
        insert.setString(3, a.url().orElse(null));
        insert.setString(4, a.outlet().orElse(null));
        insert.setString(5, a.title());
        insert.setString(6, a.published().map(LocalDate::toString).orElse(null));
        insert.setString(7, a.byline().orElse(null));
        insert.setString(8, a.language().orElse(null));
        insert.setString(9, a.text());
        insert.setString(10, a.duplicateOf().orElse(null));
    }

    /** The article in the current row of a result of {@link #SELECT_ONE} or {@link #SELECT_ALL}. */
    static Article read(ResultSet row) throws SQLException {
        String id = row.getString(1);
        Optional<LocalDate> published;
        try {
            published = Optional.ofNullable(row.getString(6)).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new SQLException("article " + id + " has an unreadable published date: " + row.getString(6));
        }
        return new Article(id, row.getString(2), Optional.ofNullable(row.getString(3)),
                Optional.ofNullable(row.getString(4)), row.getString(5), published,
                Optional.ofNullable(row.getString(7)), Optional.ofNullable(row.getString(8)),
                row.getString(9), Optional.ofNullable(row.getString(10)));
    }
}

package org.casus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code analyzed_articles} table: which articles the language stages have finished, by which version. */
final class AnalyzedArticleTable {
    private static final String MARK = "INSERT INTO analyzed_articles (article_id, pipeline_version) VALUES (?, ?)"
            + " ON CONFLICT (article_id) DO UPDATE SET pipeline_version = excluded.pipeline_version";
    private static final String IS_MARKED =
            "SELECT 1 FROM analyzed_articles WHERE article_id = ? AND pipeline_version = ?";

    private AnalyzedArticleTable() {
    }

    /** Records that {@code version} of the language stages has finished article {@code articleId}. */
    static void mark(Connection connection, String articleId, int version) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(MARK)) {
            upsert.setString(1, articleId);
            upsert.setInt(2, version);
            upsert.executeUpdate();
        }
    }

    /** Whether {@code version} of the language stages has finished article {@code articleId}. */
    static boolean isMarked(Connection connection, String articleId, int version) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(IS_MARKED)) {
            select.setString(1, articleId);
            select.setInt(2, version);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}

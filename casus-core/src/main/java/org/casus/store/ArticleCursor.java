package org.casus.store;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.casus.model.Article;

/** Reads stored articles one row at a time over its own connection, inside one read transaction. */
final class ArticleCursor extends Spliterators.AbstractSpliterator<Article> {
    /** Rows fetched per round trip; PostgreSQL would otherwise load the whole table at once. */
    private static final int FETCH_SIZE = 200;

    private final String name;
    private final Connection connection;
    private final ResultSet rows;

    private ArticleCursor(String name, Connection connection, ResultSet rows) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT);
        this.name = name;
        this.connection = connection;
        this.rows = rows;
    }

    /** A stream of every article in {@code order}; closing it closes {@code connection}. */
    static Stream<Article> stream(String name, Connection connection, String order) throws StoreException {
        try {
            // a transaction gives one snapshot, and lets PostgreSQL read through a cursor
            connection.setAutoCommit(false);
            PreparedStatement select = connection.prepareStatement(ArticleTable.SELECT_ALL + order);
            select.setFetchSize(FETCH_SIZE);
            ArticleCursor cursor = new ArticleCursor(name, connection, select.executeQuery());
            return StreamSupport.stream(cursor, false).onClose(cursor::close);
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException(name, "read articles", e);
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super Article> action) {
        try {
            if (!rows.next())
                return false;
            action.accept(ArticleTable.read(rows));
            return true;
        } catch (SQLException e) {
            throw new UncheckedIOException(new StoreException(name, "read articles", e));
        }
    }

    private void close() {
        try (connection) {
            // nothing was written; ending the read transaction releases its snapshot
            connection.rollback();
        } catch (SQLException e) {
            throw new UncheckedIOException(new StoreException(name, "close articles", e));
        }
    }
}

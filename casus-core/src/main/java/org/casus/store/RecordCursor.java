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

/** Reads stored records one at a time over its own connection, inside one read transaction. */
final class RecordCursor<T> extends Spliterators.AbstractSpliterator<T> {
    /** Rows fetched per round trip; PostgreSQL would otherwise load the whole table at once. */
    private static final int FETCH_SIZE = 200;

    /** Turns rows into records: a record may span several rows, so the reader moves the rows itself. */
    @FunctionalInterface
    interface RecordReader<T> {
        /** The next record from {@code rows}, or null when there are no more. */
        T next(ResultSet rows) throws SQLException;
    }

    private final String name;
    private final String what;
    private final Connection connection;
    private final ResultSet rows;
    private final RecordReader<T> reader;

    private RecordCursor(String name, String what, Connection connection, ResultSet rows,
                         RecordReader<T> reader) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT);
        this.name = name;
        this.what = what;
        this.connection = connection;
        this.rows = rows;
        this.reader = reader;
    }

    /**
     * A stream of the records {@code reader} makes of the rows {@code select} returns; closing it
     * closes {@code connection}.
     *
     * @param what what is being read, for messages: "articles"
     */
    static <T> Stream<T> stream(String name, String what, Connection connection, String select,
                                RecordReader<T> reader) throws StoreException {
        try {
            // a transaction gives one snapshot, and lets PostgreSQL read through a cursor
            connection.setAutoCommit(false);
            PreparedStatement query = connection.prepareStatement(select);
            query.setFetchSize(FETCH_SIZE);
            RecordCursor<T> cursor = new RecordCursor<>(name, what, connection, query.executeQuery(), reader);
            return StreamSupport.stream(cursor, false).onClose(cursor::close);
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException(name, "read " + what, e);
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        try {
            T record = reader.next(rows);
            if (record == null)
                return false;
            action.accept(record);
            return true;
        } catch (SQLException e) {
            throw new UncheckedIOException(new StoreException(name, "read " + what, e));
        }
    }

    private void close() {
        try (connection) {
            // nothing was written; ending the read transaction releases its snapshot
            connection.rollback();
        } catch (SQLException e) {
            throw new UncheckedIOException(new StoreException(name, "close " + what, e));
        }
    }
}

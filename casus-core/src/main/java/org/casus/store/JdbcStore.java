package org.casus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.casus.model.Article;

/**
 * The store over JDBC: SQLite and PostgreSQL run the same SQL, and differ only in how they connect
 * and in how they are told to order ids by code point.
 */
final class JdbcStore implements Store {
    private final String name;
    private final DataSource source;
    private final String idOrder;
    private final Connection connection;
    private final PreparedStatement insert;

    private JdbcStore(String name, DataSource source, String idOrder, Connection connection)
            throws SQLException {
        this.name = name;
        this.source = source;
        this.idOrder = idOrder;
        this.connection = connection;
        this.insert = connection.prepareStatement(ArticleTable.INSERT);
    }

    /**
     * @param name    the database as messages show it, without a password
     * @param idOrder the ORDER BY expression that sorts ids by code point on this database
     */
    static Store open(String name, DataSource source, String idOrder) throws StoreException {
        Connection connection = null;
        try {
            // connect first: the driver's own error is clearer than the migration tool's
            connection = source.getConnection();
            SchemaMigration.apply(name, source);
            return new JdbcStore(name, source, idOrder, connection);
        } catch (SQLException | StoreException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e instanceof StoreException s ? s : new StoreException(name, "open", e);
        }
    }

    @Override
    public synchronized boolean add(Article article) throws StoreException {
        String operation = "add article " + article.id();
        if (ArticleTable.holdsNul(article))
            throw new StoreException(name, operation, "it holds a NUL character");
        try {
            ArticleTable.bind(insert, article);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException(name, operation, e);
        }
    }

    @Override
    public synchronized int addAll(List<Article> articles) throws StoreException {
        String operation = "add " + articles.size() + " articles";
        for (Article article : articles) {
            if (ArticleTable.holdsNul(article))
                throw new StoreException(name, operation, "article " + article.id() + " holds a NUL character");
        }
        if (articles.isEmpty())
            return 0;
        try {
            connection.setAutoCommit(false);
            try {
                int added = 0;
                for (Article article : articles) {
                    ArticleTable.bind(insert, article);
                    added += insert.executeUpdate();
                }
                connection.commit();
                return added;
            } catch (SQLException e) {
                rollBack(e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(name, operation, e);
        }
    }

    private void rollBack(SQLException cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public synchronized Optional<Article> article(String id) throws StoreException {
        try (PreparedStatement select = connection.prepareStatement(ArticleTable.SELECT_ONE)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(ArticleTable.read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(name, "read article " + id, e);
        }
    }

    @Override
    public Stream<Article> articles() throws StoreException {
        try {
            return ArticleCursor.stream(name, source.getConnection(), idOrder);
        } catch (SQLException e) {
            throw new StoreException(name, "read articles", e);
        }
    }

    @Override
    public synchronized int count() throws StoreException {
        try (PreparedStatement select = connection.prepareStatement(ArticleTable.COUNT);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw new StoreException(name, "count articles", e);
        }
    }

    @Override
    public synchronized void close() throws StoreException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(name, "close", e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

package org.casus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.casus.model.ActorMention;
import org.casus.model.Article;
import org.casus.model.Entity;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.model.StoryProfile;

/**
 * The store over JDBC: SQLite and PostgreSQL run the same SQL, and differ only in how they connect
 * and in how they are told to order ids by code point.
 */
final class JdbcStore implements Store {
    private final String name;
    private final DataSource source;
    private final String byCodePoint;
    private final Connection connection;
    private final PreparedStatement insert;

    private JdbcStore(String name, DataSource source, String byCodePoint, Connection connection)
            throws SQLException {
        this.name = name;
        this.source = source;
        this.byCodePoint = byCodePoint;
        this.connection = connection;
        this.insert = connection.prepareStatement(ArticleTable.INSERT);
    }

    /**
     * @param name    the database as messages show it, without a password
     * @param byCodePoint what follows a text column in ORDER BY so that this database sorts it by code
     *                    point: empty for SQLite, a collation for PostgreSQL
     */
    static Store open(String name, DataSource source, String byCodePoint) throws StoreException {
        Connection connection = null;
        try {
            // connect first: the driver's own error is clearer than the migration tool's
            connection = source.getConnection();
            SchemaMigration.apply(name, source);
            return new JdbcStore(name, source, byCodePoint, connection);
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
            return inTransaction(() -> {
                int added = 0;
                for (Article article : articles) {
                    ArticleTable.bind(insert, article);
                    added += insert.executeUpdate();
                }
                return added;
            });
        } catch (SQLException e) {
            throw new StoreException(name, operation, e);
        }
    }

    @Override
    public synchronized void markDuplicate(String id, String originalId) throws StoreException {
        try (PreparedStatement update = connection.prepareStatement(ArticleTable.MARK_DUPLICATE)) {
            update.setString(1, originalId);
            update.setString(2, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(name, "mark article " + id + " as a copy of " + originalId, e);
        }
    }

    /** What one transaction does; the result is returned once it is committed. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} on the connection as one transaction: committed on return, rolled back when it throws. */
    private <T> T inTransaction(Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
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
        return cursor("articles", ArticleTable.SELECT_ALL + "id" + byCodePoint,
                rows -> rows.next() ? ArticleTable.read(rows) : null);
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
    public synchronized void saveAnalysis(String articleId, List<ActorMention> mentions) throws StoreException {
        saveAnalysis(articleId, mentions, List.of());
    }

    @Override
    public synchronized void saveAnalysis(String articleId, List<ActorMention> mentions, List<EventMention> events)
            throws StoreException {
        String operation = "save analysis of article " + articleId;
        if (articleId.indexOf('\0') >= 0)
            throw new StoreException(name, operation, "the id holds a NUL character");
        for (ActorMention mention : mentions) {
            if (ActorMentionTable.holdsNul(mention))
                throw new StoreException(name, operation, "the mention at " + mention.span() + " holds a NUL character");
        }
        for (EventMention event : events) {
            if (EventMentionTable.holdsNul(event))
                throw new StoreException(name, operation, "the event at " + event.span() + " holds a NUL character");
        }
        try {
            boolean stored = inTransaction(() -> {
                if (!ArticleTable.exists(connection, articleId))
                    return false;
                // replacing, not adding: analyzing an article again leaves one copy of its mentions
                ActorMentionTable.replace(connection, articleId, mentions);
                EventMentionTable.replace(connection, articleId, events);
                AnalyzedArticleTable.mark(connection, articleId, PIPELINE_VERSION);
                return true;
            });
            if (!stored)
                throw new StoreException(name, operation, "no such article is stored");
        } catch (SQLException e) {
            throw new StoreException(name, operation, e);
        }
    }

    @Override
    public synchronized List<EventMention> eventMentions(String articleId) throws StoreException {
        try {
            return EventMentionTable.of(connection, articleId);
        } catch (SQLException e) {
            throw new StoreException(name, "read event mentions of article " + articleId, e);
        }
    }

    @Override
    public Stream<EventMention> eventMentions() throws StoreException {
        return cursor("event mentions", EventMentionTable.SELECT_ALL + "article_id" + byCodePoint + ", ordinal",
                rows -> rows.next() ? EventMentionTable.read(rows) : null);
    }

    @Override
    public synchronized void saveEvents(List<Event> events) throws StoreException {
        String operation = "save " + events.size() + " events";
        for (Event event : events) {
            if (EventTable.holdsNul(event))
                throw new StoreException(name, operation, "event " + event.id() + " holds a NUL character");
        }
        try {
            inTransaction(() -> {
                EventTable.replaceAll(connection, events);
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException(name, operation, e);
        }
    }

    @Override
    public Stream<Event> events() throws StoreException {
        return cursor("events", EventTable.SELECT_ALL + "id" + byCodePoint,
                rows -> rows.next() ? EventTable.read(rows) : null);
    }

    @Override
    public synchronized boolean isAnalyzed(String articleId) throws StoreException {
        try {
            return AnalyzedArticleTable.isMarked(connection, articleId, PIPELINE_VERSION);
        } catch (SQLException e) {
            throw new StoreException(name, "check analysis of article " + articleId, e);
        }
    }

    @Override
    public synchronized List<ActorMention> actorMentions(String articleId) throws StoreException {
        try {
            return ActorMentionTable.of(connection, articleId);
        } catch (SQLException e) {
            throw new StoreException(name, "read actor mentions of article " + articleId, e);
        }
    }

    @Override
    public synchronized void saveEntities(List<Entity> entities) throws StoreException {
        String operation = "save " + entities.size() + " entities";
        for (Entity entity : entities) {
            if (EntityTable.holdsNul(entity))
                throw new StoreException(name, operation, "entity " + entity.id() + " holds a NUL character");
        }
        if (entities.isEmpty())
            return;
        try {
            inTransaction(() -> {
                EntityTable.replace(connection, entities);
                return null;
            });
        } catch (SQLException e) {
            String unstored = unstoredArticle(entities);
            if (unstored != null)
                throw new StoreException(name, operation, unstored);
            throw new StoreException(name, operation, e);
        }
    }

    /**
     * Which entity names an article that is not stored, when one does; looked up only after a
     * failure, because SQLite's foreign key error does not say which row broke it.
     */
    private String unstoredArticle(List<Entity> entities) {
        try {
            for (Entity entity : entities) {
                for (String articleId : entity.articles()) {
                    if (!ArticleTable.exists(connection, articleId))
                        return "entity " + entity.id() + " names article " + articleId + ", which is not stored";
                }
            }
        } catch (SQLException e) {
            // the first failure is what the caller reports; this lookup only makes it clearer
        }
        return null;
    }

    @Override
    public Stream<Entity> entities() throws StoreException {
        return cursor("entities", EntityTable.SELECT_ALL + "id" + byCodePoint + EntityTable.WITHIN_ENTITY_ORDER,
                new EntityRows());
    }

    /** A stream of the records {@code select} gives, over a connection of its own. */
    private <T> Stream<T> cursor(String what, String select, RecordCursor.RecordReader<T> reader)
            throws StoreException {
        try {
            return RecordCursor.stream(name, what, source.getConnection(), select, reader);
        } catch (SQLException e) {
            throw new StoreException(name, "read " + what, e);
        }
    }

    @Override
    public synchronized void saveStory(StoryProfile story) throws StoreException {
        String operation = "save story " + story.story().id();
        if (StoryTable.holdsNul(story))
            throw new StoreException(name, operation, "it holds a NUL character");
        try {
            inTransaction(() -> {
                StoryTable.save(connection, story);
                return null;
            });
        } catch (SQLException e) {
            for (String articleId : story.story().articles()) {
                try {
                    if (!ArticleTable.exists(connection, articleId))
                        throw new StoreException(name, operation, "article " + articleId + " is not stored");
                } catch (SQLException lookup) {
                    e.addSuppressed(lookup);
                    break;
                }
            }
            throw new StoreException(name, operation, e);
        }
    }

    @Override
    public synchronized Optional<String> storyOf(String articleId) throws StoreException {
        try {
            return StoryTable.storyOf(connection, articleId);
        } catch (SQLException e) {
            throw new StoreException(name, "read the story of article " + articleId, e);
        }
    }

    @Override
    public synchronized List<StoryProfile> storyProfiles() throws StoreException {
        try {
            return inTransaction(() -> StoryTable.all(connection, "id" + byCodePoint));
        } catch (SQLException e) {
            throw new StoreException(name, "read stories", e);
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

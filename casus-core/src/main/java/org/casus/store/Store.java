package org.casus.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.model.ActorMention;
import org.casus.model.Article;
import org.casus.model.Entity;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.model.Story;
import org.casus.model.StoryProfile;

/**
 * Where Casus keeps what it has read, so that a later command (or a run resumed after a crash)
 * picks it up: an embedded SQLite file by default, or a shared PostgreSQL database. Both hold the
 * same schema, created and upgraded by versioned migrations when the store is opened.
 *
 * <p>Every write is committed before the call returns, and repeating a write leaves one copy:
 * an article whose id is already stored changes nothing, and an analysis or an entity saved again
 * replaces the stored one. So re-running on the same input adds nothing, and a run killed halfway
 * loses nothing and resumes where it stopped. Calls on one store are serialized; open one store per
 * process.
 */
public interface Store extends AutoCloseable {
    /**
     * The version of the language stages whose findings {@link #saveAnalysis} records. Raise it when
     * those stages change what they find: articles analyzed under an earlier version then count as
     * not analyzed, so {@code casus analyze} does them again.
     */
    int PIPELINE_VERSION = 8;

    /**
     * Opens the store named by {@code db}, creating the database schema or bringing it up to date.
     *
     * @param db a file path for SQLite (created when missing; the command line's default is
     *           {@code ./casus.db}), or a {@code jdbc:postgresql://host/database?user=...} URL
     * @throws IllegalArgumentException when {@code db} names no database Casus can use: blank,
     *                                  another URL scheme, another JDBC driver
     * @throws StoreException           when the database cannot be opened or migrated: a missing
     *                                  folder, a file that is not SQLite, a server that refuses
     */
    static Store open(String db) throws StoreException {
        if (db.startsWith("jdbc:postgresql:"))
            return PostgresStore.open(db);
        if (db.isBlank() || db.indexOf('\0') >= 0 || db.startsWith("jdbc:")
                || db.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*://.*"))
            throw new IllegalArgumentException("not a database Casus can open: " + DatabaseName.of(db)
                    + " (give a file path for SQLite or a jdbc:postgresql:// URL)");
        return SqliteStore.open(Path.of(db));
    }

    /**
     * Stores {@code article} unless an article with its id is already stored; committed on return.
     *
     * @return true when the article was new, false when its id was already stored (nothing changes)
     */
    boolean add(Article article) throws StoreException;

    /**
     * Stores every article not already stored, in one transaction: all are committed on return, or
     * none when it throws. Much faster than {@link #add} one by one; pass batches of a few hundred.
     *
     * @return how many of the articles were new (an id repeated within the list counts once)
     */
    int addAll(List<Article> articles) throws StoreException;

    /**
     * Records that the stored article {@code id} copies {@code originalId}, when a later-read
     * article turns out to be the original of an earlier one; committed on return.
     */
    void markDuplicate(String id, String originalId) throws StoreException;

    /** The stored article with this id, or empty when there is none. */
    Optional<Article> article(String id) throws StoreException;

    /**
     * Every stored article, ordered by id (code point order, the same on every database), read
     * lazily from a consistent snapshot. Close the stream (try-with-resources): it holds its own
     * database connection. A database failure while reading surfaces as an
     * {@link java.io.UncheckedIOException} wrapping a {@link StoreException}.
     */
    Stream<Article> articles() throws StoreException;

    /** How many articles are stored. */
    int count() throws StoreException;

    /**
     * Records what the language stages found in a stored article, in one transaction: its actor
     * mentions replace any stored before, and the article is marked analyzed under
     * {@link #PIPELINE_VERSION}. Saving again leaves one copy; a run killed before this returns
     * leaves the article as it was, not analyzed, so a resumed run does it again.
     *
     * @param mentions in the order {@link #actorMentions} gives them back; may be empty
     * @throws StoreException when no article with this id is stored, or a field holds NUL
     *                        (nothing is changed then), or the database fails
     */
    void saveAnalysis(String articleId, List<ActorMention> mentions) throws StoreException;

    /**
     * Like {@link #saveAnalysis(String, List)}, with the article's event mentions, which replace
     * those stored before, in the same transaction.
     */
    void saveAnalysis(String articleId, List<ActorMention> mentions, List<EventMention> events) throws StoreException;

    /** The stored event mentions of an article, in the order they were saved; empty when none. */
    List<EventMention> eventMentions(String articleId) throws StoreException;

    /**
     * Every stored event mention, by article id (code point order) and then in each article's saved
     * order; the caller closes the stream.
     */
    Stream<EventMention> eventMentions() throws StoreException;

    /**
     * Replaces every stored event with {@code events}, and ties each stored mention to the event
     * that lists it (mentions no event lists are tied to none). Reconciliation rebuilds events whole.
     */
    void saveEvents(List<Event> events) throws StoreException;

    /** Every stored event, by id (code point order); the caller closes the stream. */
    Stream<Event> events() throws StoreException;

    /** Whether {@link #saveAnalysis} has finished for this article under the current {@link #PIPELINE_VERSION}. */
    boolean isAnalyzed(String articleId) throws StoreException;

    /** The actor mentions last saved for this article, in their saved order; empty when there are none. */
    List<ActorMention> actorMentions(String articleId) throws StoreException;

    /**
     * Stores {@code entities} in one transaction, each replacing the stored entity with the same id,
     * lists and all: entities are recomputed from every mention, not merged. Entities not in the
     * list stay as they are. When an id comes twice, the later entity wins.
     *
     * @throws StoreException when an entity names an article that is not stored, or a field holds
     *                        NUL (nothing is saved then), or the database fails
     */
    void saveEntities(List<Entity> entities) throws StoreException;

    /**
     * Every stored entity, ordered by id (code point order), its lists in their saved order, read
     * lazily from a consistent snapshot. Close the stream, as with {@link #articles}.
     */
    Stream<Entity> entities() throws StoreException;

    /**
     * Stores a story as the story grouper left it, in one transaction: its row, centroid and actor
     * counts replace those stored before, and each of its articles is recorded as in it (moved
     * there from any other story). Saving the same profile again changes nothing.
     *
     * @throws StoreException when the story names an article that is not stored, or a field holds
     *                        NUL (nothing is saved then), or the database fails
     */
    void saveStory(StoryProfile story) throws StoreException;

    /** The id of the story the article is in, or empty when it is in none yet. */
    Optional<String> storyOf(String articleId) throws StoreException;

    /**
     * Every stored story with what the grouper needs to go on with it, ordered by id (code point
     * order), read in one snapshot.
     */
    List<StoryProfile> storyProfiles() throws StoreException;

    /** Every stored story, ordered by id (code point order), read in one snapshot. */
    default Stream<Story> stories() throws StoreException {
        return storyProfiles().stream().map(StoryProfile::story);
    }

    /** Closes the database connection; whatever was saved stays stored. */
    @Override
    void close() throws StoreException;
}

package org.casus.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.model.Story;
import org.casus.model.StoryProfile;

/** The {@code stories}, {@code story_articles} and {@code story_actors} tables, and how a {@link StoryProfile} maps to them. */
final class StoryTable {
    private static final String UPSERT = "INSERT INTO stories (id, label, centroid_sum, embedded, first_published,"
            + " last_published) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET label = excluded.label,"
            + " centroid_sum = excluded.centroid_sum, embedded = excluded.embedded,"
            + " first_published = excluded.first_published, last_published = excluded.last_published";
    private static final String ASSIGN = "INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)"
            + " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id";
    private static final String DELETE_ACTORS = "DELETE FROM story_actors WHERE story_id = ?";
    private static final String INSERT_ACTOR = "INSERT INTO story_actors (story_id, entity_id, articles) VALUES (?, ?, ?)";
    private static final String STORY_OF = "SELECT story_id FROM story_articles WHERE article_id = ?";
    private static final String SELECT_STORIES = "SELECT id, label, centroid_sum, embedded, first_published,"
            + " last_published FROM stories";
    private static final String SELECT_ARTICLES = "SELECT story_id, article_id FROM story_articles";
    private static final String SELECT_ACTORS = "SELECT story_id, entity_id, articles FROM story_actors";

    private StoryTable() {
    }

    /** Whether a field holds NUL, which PostgreSQL cannot store; refusing it everywhere keeps stores alike. */
    static boolean holdsNul(StoryProfile profile) {
        Story s = profile.story();
        return Stream.concat(Stream.of(s.id(), s.label()),
                        Stream.concat(s.articles().stream(), profile.actorArticles().keySet().stream()))
                .anyMatch(field -> field.indexOf('\0') >= 0);
    }

    /**
     * Writes the story, replacing what was stored of it, and moves its articles into it; the caller
     * holds the transaction. Articles stay assigned: a story only ever gains articles.
     */
    static void save(Connection connection, StoryProfile profile) throws SQLException {
        Story story = profile.story();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT);
             PreparedStatement deleteActors = connection.prepareStatement(DELETE_ACTORS);
             PreparedStatement insertActor = connection.prepareStatement(INSERT_ACTOR);
             PreparedStatement assign = connection.prepareStatement(ASSIGN)) {
            upsert.setString(1, story.id());
            upsert.setString(2, story.label());
            upsert.setBytes(3, bytesOf(profile.centroidSum()));
            upsert.setInt(4, profile.embedded());
            upsert.setString(5, story.first().map(LocalDate::toString).orElse(null));
            upsert.setString(6, story.last().map(LocalDate::toString).orElse(null));
            upsert.executeUpdate();
            deleteActors.setString(1, story.id());
            deleteActors.executeUpdate();
            for (Map.Entry<String, Integer> actor : profile.actorArticles().entrySet()) {
                insertActor.setString(1, story.id());
                insertActor.setString(2, actor.getKey());
                insertActor.setInt(3, actor.getValue());
                insertActor.addBatch();
            }
            insertActor.executeBatch();
            for (String articleId : story.articles()) {
                assign.setString(1, articleId);
                assign.setString(2, story.id());
                assign.addBatch();
            }
            assign.executeBatch();
        }
    }

    static Optional<String> storyOf(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(STORY_OF)) {
            select.setString(1, articleId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** Every stored story, ordered by {@code idOrder}; the caller holds the transaction, for one snapshot. */
    static List<StoryProfile> all(Connection connection, String idOrder) throws SQLException {
        Map<String, List<String>> articles = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_ARTICLES);
             ResultSet rows = select.executeQuery()) {
            while (rows.next())
                articles.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
        }
        Map<String, Map<String, Integer>> actors = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_ACTORS);
             ResultSet rows = select.executeQuery()) {
            while (rows.next())
                actors.computeIfAbsent(rows.getString(1), id -> new HashMap<>()).put(rows.getString(2), rows.getInt(3));
        }
        List<StoryProfile> stories = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_STORIES + " ORDER BY " + idOrder);
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String id = row.getString(1);
                Map<String, Integer> named = actors.getOrDefault(id, Map.of());
                Story story = new Story(id, row.getString(2), articles.getOrDefault(id, List.of()),
                        date(row.getString(5)), date(row.getString(6)),
                        StoryProfile.mostNamed(named, Story.TOP_ACTORS));
                stories.add(new StoryProfile(story, floatsOf(row.getBytes(3)), row.getInt(4), named));
            }
        }
        return stories;
    }

    private static Optional<LocalDate> date(String iso) {
        return Optional.ofNullable(iso).map(LocalDate::parse);
    }

    static byte[] bytesOf(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return bytes.array();
    }

    static float[] floatsOf(byte[] bytes) {
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}

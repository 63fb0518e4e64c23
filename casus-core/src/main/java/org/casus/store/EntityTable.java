package org.casus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casus.model.Entity;

/**
 * The {@code entities} table and the three tables that hold each entity's lists: their statements,
 * and how an {@link Entity} maps to rows.
 */
final class EntityTable {
    /** A table holding one of an entity's lists, one row per item, in the list's order. */
    enum ListTable {
        ALIASES("entity_aliases", "alias", Entity::aliases),
        AFFILIATIONS("entity_affiliations", "affiliation", Entity::affiliations),
        ARTICLES("entity_articles", "article_id", Entity::articles);

        final String table;
        final String column;
        final Function<Entity, List<String>> items;
        final String delete;
        final String insert;

        ListTable(String table, String column, Function<Entity, List<String>> items) {
            this.table = table;
            this.column = column;
            this.items = items;
            this.delete = "DELETE FROM " + table + " WHERE entity_id = ?";
            this.insert = "INSERT INTO " + table + " (entity_id, ordinal, " + column + ") VALUES (?, ?, ?)";
        }

        /** Which part of an entity's rows in {@link #SELECT_ALL} this list is; the entity's own row is 0. */
        int part() {
            return ordinal() + 1;
        }
    }

    static final String UPSERT = "INSERT INTO entities (id, name, type, actor_code) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type,"
            + " actor_code = excluded.actor_code";

    /**
     * Every entity's rows, its own row first and then its lists' items in order, so that one pass
     * over one cursor rebuilds the entities; append the id order. Columns: id, part, ordinal,
     * item (the name in the entity's own row), type, actor_code.
     */
    static final String SELECT_ALL = "SELECT id, part, ordinal, item, type, actor_code FROM ("
            + "SELECT id, 0 AS part, 0 AS ordinal, name AS item, type, actor_code FROM entities"
            + Stream.of(ListTable.values())
                    .map(list -> " UNION ALL SELECT entity_id, " + list.part() + ", ordinal, " + list.column
                            + ", NULL, NULL FROM " + list.table)
                    .collect(Collectors.joining())
            + ") AS entity_rows ORDER BY ";

    /** What follows the id order in {@link #SELECT_ALL}. */
    static final String WITHIN_ENTITY_ORDER = ", part, ordinal";

    private EntityTable() {
    }

    /** Whether a field holds NUL, which PostgreSQL cannot store; refusing it everywhere keeps stores alike. */
    static boolean holdsNul(Entity e) {
        return Stream.of(Stream.of(e.id(), e.name(), e.type(), e.actorCode().orElse("")), e.aliases().stream(),
                        e.affiliations().stream(), e.articles().stream())
                .flatMap(fields -> fields)
                .anyMatch(field -> field.indexOf('\0') >= 0);
    }

    /**
     * Writes {@code entities} over {@code connection}, each replacing the stored entity with its id,
     * lists and all: entities are recomputed from every mention, never merged with what is stored.
     * When an id comes twice, the later entity wins, as if saved one after the other. The caller
     * holds the transaction.
     */
    static void replace(Connection connection, Collection<Entity> entities) throws SQLException {
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Entity e : entities)
            byId.put(e.id(), e);
        List<PreparedStatement> opened = new ArrayList<>();
        try {
            PreparedStatement upsert = prepare(connection, UPSERT, opened);
            for (Entity e : byId.values()) {
                upsert.setString(1, e.id());
                upsert.setString(2, e.name());
                upsert.setString(3, e.type());
                upsert.setString(4, e.actorCode().orElse(null));
                upsert.addBatch();
            }
            upsert.executeBatch();
            for (ListTable list : ListTable.values()) {
                PreparedStatement delete = prepare(connection, list.delete, opened);
                PreparedStatement insert = prepare(connection, list.insert, opened);
                for (Entity e : byId.values()) {
                    delete.setString(1, e.id());
                    delete.addBatch();
                    List<String> items = list.items.apply(e);
                    for (int i = 0; i < items.size(); i++) {
                        insert.setString(1, e.id());
                        insert.setInt(2, i);
                        insert.setString(3, items.get(i));
                        insert.addBatch();
                    }
                }
                // every old item goes before any new one is written, so ordinals never collide
                delete.executeBatch();
                insert.executeBatch();
            }
        } finally {
            for (PreparedStatement statement : opened)
                statement.close();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<PreparedStatement> opened)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        opened.add(statement);
        return statement;
    }
}

package org.casus.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.Entity;

/**
 * Rebuilds entities from the rows of {@link EntityTable#SELECT_ALL}: an entity's own row, then its
 * list items, until the id changes. The first row of the next entity has then already been read,
 * so the reader remembers that it stands on it.
 */
final class EntityRows implements RecordCursor.RecordReader<Entity> {
    private boolean onUnreadRow;
    private boolean exhausted;

    @Override
    public Entity next(ResultSet rows) throws SQLException {
        if (!onUnreadRow && (exhausted || !rows.next())) {
            exhausted = true;
            return null;
        }
        String id = rows.getString(1);
        if (rows.getInt(2) != 0)
            throw new SQLException("entity " + id + " has list items but no entity row");
        String name = rows.getString(4);
        String type = rows.getString(5);
        Optional<String> actorCode = Optional.ofNullable(rows.getString(6));
        List<List<String>> lists = new ArrayList<>();
        for (int i = 0; i < EntityTable.ListTable.values().length; i++)
            lists.add(new ArrayList<>());
        while ((onUnreadRow = rows.next()) && rows.getString(1).equals(id))
            lists.get(rows.getInt(2) - 1).add(rows.getString(4));
        exhausted = !onUnreadRow;
        return new Entity(id, name, type, actorCode,
                lists.get(EntityTable.ListTable.ALIASES.ordinal()),
                lists.get(EntityTable.ListTable.AFFILIATIONS.ordinal()),
                lists.get(EntityTable.ListTable.ARTICLES.ordinal()));
    }
}

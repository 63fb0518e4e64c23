package org.casus.store;

import org.postgresql.ds.PGSimpleDataSource;

/** The team store: a PostgreSQL database several analysts and machines share. */
final class PostgresStore {
    private PostgresStore() {
    }

    static Store open(String url) throws StoreException {
        String name = DatabaseName.of(url);
        PGSimpleDataSource source = new PGSimpleDataSource();
        try {
            source.setURL(url);
        } catch (IllegalArgumentException e) {
            // the driver's own message repeats the URL, password included
            throw new IllegalArgumentException("not a valid PostgreSQL URL: " + name);
        }
        // the database's collation may be a locale's; "C" orders ids by code point, as SQLite does
        return JdbcStore.open(name, source, " COLLATE \"C\"");
    }
}

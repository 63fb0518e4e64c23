package org.casus.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The embedded default store: one SQLite file, written in WAL mode. */
final class SqliteStore {
    /** How long a write waits for another process holding the file before it fails. */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private SqliteStore() {
    }

    static Store open(Path file) throws StoreException {
        String name = file.toString();
        if (Files.isDirectory(file))
            throw new StoreException(name, "open", "it is a folder, not a database file");
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder))
            throw new StoreException(name, "open", "folder " + folder + " does not exist");
        SQLiteConfig config = new SQLiteConfig();
        // WAL lets readers (an export, a report) run while an ingest writes
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL syncs the WAL on every commit: an add is durable on return, not only at checkpoints
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // SQLite ignores REFERENCES unless told; checked, they hold here as they do on PostgreSQL
        config.enforceForeignKeys(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        // SQLite's default BINARY collation already orders ids by code point
        return JdbcStore.open(name, source, "");
    }
}

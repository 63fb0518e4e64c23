package org.casus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SqliteStoreTest extends StoreContract implements AnalysisContract, EventContract, StoryContract {
    @TempDir
    Path folder;

    @Override
    String freshDatabase() {
        return folder.resolve("casus.db").toString();
    }

    @Override
    public Connection connect(String db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    @Test
    void theFileIsARealSQLiteDatabaseInWalMode() throws Exception {
        try (Store store = Store.open(db)) {
            store.add(StoredArticles.full("a1"));
        }
        assertThat(Path.of(db)).isRegularFile();
        try (Connection connection = connect(db); Statement query = connection.createStatement();
             ResultSet mode = query.executeQuery("PRAGMA journal_mode")) {
            mode.next();
            assertThat(mode.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void aFileThatIsNotSQLiteFailsNamingTheFile() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.txt"),
                "These are meeting notes, not a database, and long enough to fill a header page.\n".repeat(20));
        assertThatThrownBy(() -> Store.open(notes.toString())).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(notes + ": open failed: ")
                .hasMessageContaining("not a database");
    }

    @Test
    void aMissingFolderFailsNamingItInsteadOfCreatingIt() {
        Path db = folder.resolve("no-such-folder").resolve("casus.db");
        assertThatThrownBy(() -> Store.open(db.toString())).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(db + ": open failed: ")
                .hasMessageContaining("does not exist");
        assertThat(folder.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void aFolderIsNotADatabaseFile() {
        assertThatThrownBy(() -> Store.open(folder.toString())).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(folder + ": open failed: ");
    }
}

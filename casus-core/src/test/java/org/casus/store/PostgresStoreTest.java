package org.casus.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;

/**
 * The store contract against a real PostgreSQL server named by {@code CASUS_TEST_PG_URL}. Each test
 * gets a schema of its own, dropped afterwards, so that runs never see each other's rows.
 */
final class PostgresStoreTest extends StoreContract implements AnalysisContract, EventContract, StoryContract {
    private static final String SERVER_URL = System.getenv("CASUS_TEST_PG_URL");
    private final List<String> schemas = new ArrayList<>();

    /** Checked as each test starts (in freshDatabase), so that without a server each is reported skipped. */
    private static String serverUrl() {
        if (SERVER_URL == null || SERVER_URL.isBlank()) {
            if ("true".equals(System.getenv("CI")))
                fail("CASUS_TEST_PG_URL is not set; CI must run the PostgreSQL store tests");
            Assumptions.abort("CASUS_TEST_PG_URL is not set");
        }
        return SERVER_URL;
    }

    @Override
    String freshDatabase() throws SQLException {
        String serverUrl = serverUrl();
        String schema = "casus_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(db);
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        if (schemas.isEmpty())
            return;
        try (Connection connection = DriverManager.getConnection(SERVER_URL);
             Statement statement = connection.createStatement()) {
            for (String schema : schemas)
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}

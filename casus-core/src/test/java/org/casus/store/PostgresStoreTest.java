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
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract against a real PostgreSQL server named by {@code CASUS_TEST_PG_URL}. Each test
 * gets a schema of its own, dropped afterwards, so that runs never see each other's rows.
 */
final class PostgresStoreTest extends StoreContract {
    private static String serverUrl;
    private final List<String> schemas = new ArrayList<>();

    @BeforeAll
    static void needsAServer() {
        serverUrl = System.getenv("CASUS_TEST_PG_URL");
        if (serverUrl == null || serverUrl.isBlank()) {
            if ("true".equals(System.getenv("CI")))
                fail("CASUS_TEST_PG_URL is not set; CI must run the PostgreSQL store tests");
            Assumptions.abort("CASUS_TEST_PG_URL is not set");
        }
    }

    @Override
    String freshDatabase() throws SQLException {
        String schema = "casus_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(db);
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            for (String schema : schemas)
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}

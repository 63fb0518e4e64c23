package org.casus.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database's schema up to date with the migrations under
 * {@code org/casus/store/migration}. New tables (entities, events) come as new versioned files;
 * a migration already applied is never edited.
 */
final class SchemaMigration {
    private static final String LOCATION = "classpath:org/casus/store/migration";
    /** Named for Casus so that a database shared with other Flyway users keeps them apart. */
    private static final String HISTORY_TABLE = "casus_schema_history";

    private SchemaMigration() {
    }

    static void apply(String name, DataSource source) throws StoreException {
        try {
            Flyway.configure(SchemaMigration.class.getClassLoader())
                    .dataSource(source)
                    .locations(LOCATION)
                    .table(HISTORY_TABLE)
                    // a jar packaged without its migrations must fail here, not at the first insert
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(name, "schema migration", e);
        }
    }
}

package org.casus.store;

import java.io.IOException;

/**
 * A database failure: the database could not be opened, migrated, read or written. The message is
 * one line naming the database (without its password) and the operation that failed.
 */
public final class StoreException extends IOException {
    StoreException(String database, String operation, Throwable cause) {
        super(database + ": " + operation + " failed: " + reasonOf(cause), cause);
    }

    StoreException(String database, String operation, String reason) {
        super(database + ": " + operation + " failed: " + reason);
    }

    /** The innermost cause says what went wrong; drivers spread it over lines, a report wants one. */
    private static String reasonOf(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root)
            root = root.getCause();
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // a driver or Flyway may quote the connection URL back at us
        return DatabaseName.of(reason.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}

package org.casus.cli;

import picocli.CommandLine.Option;

/** {@code --db}: where the store is, shared by every command. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "PATH|URL", defaultValue = "casus.db",
            description = "SQLite file (default: ${DEFAULT-VALUE}) or jdbc:postgresql://host/db?user=..&password=..")
    String db;
}

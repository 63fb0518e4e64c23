package org.casus.export;

/** The file formats Casus exports, as {@code casus export --format} names them. */
public enum ExportFormat {
    /** JSON Lines: one JSON object per record and line, every field present, absent values null. */
    JSONL,
    /** CSV (RFC 4180 quoting) with a header row; "\n" line ends; absent values empty, unquoted; lists joined with "|". */
    CSV
}

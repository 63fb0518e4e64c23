package org.casus.ingest;

/** What {@link FormatSniffer} makes of an input's first bytes. */
enum InputKind {
    TEXT, HTML, JSONL, FEED, WARC, GZIP,
    /** Nothing but whitespace. */
    BLANK,
    /** Control bytes or a known binary signature: no text format Casus reads. */
    BINARY;

    /** The reason given for a {@link #BINARY} input. */
    static final String BINARY_REASON = "not a text, HTML, feed, JSONL or WARC file (binary data)";

    /** Containers read record by record, which may be larger than one document may be. */
    boolean streams() {
        return this == JSONL || this == WARC || this == GZIP;
    }
}

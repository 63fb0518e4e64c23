package org.casus.model;

/** What a {@link Document}'s bytes hold, as detected from its content. */
public enum Format {
    /** Plain text: the first non-blank line is the headline. */
    TEXT,
    /** An HTML page. */
    HTML
}

package org.casus.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How far ingest goes to fetch an input and how much of it it accepts.
 *
 * @param connectTimeout   longest wait for a TCP/TLS connection to a web server
 * @param readTimeout      longest wait for a response, headers and body, once connected
 * @param maxRedirects     redirects followed before a URL is given up
 * @param maxDocumentBytes largest single document (a page, a text file, a feed, one JSONL line or
 *                         WARC record); archives and JSONL files as a whole may be any size
 * @param userAgent        the User-Agent header sent with every request
 * @throws IllegalArgumentException for a zero or negative limit or a blank user agent
 */
public record IngestSettings(Duration connectTimeout, Duration readTimeout, int maxRedirects,
                             long maxDocumentBytes, String userAgent) {

    public IngestSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (connectTimeout.isNegative() || connectTimeout.isZero())
            throw new IllegalArgumentException("connect timeout must be positive: " + connectTimeout);
        if (readTimeout.isNegative() || readTimeout.isZero())
            throw new IllegalArgumentException("read timeout must be positive: " + readTimeout);
        if (maxRedirects < 0)
            throw new IllegalArgumentException("max redirects must not be negative: " + maxRedirects);
        if (maxDocumentBytes <= 0)
            throw new IllegalArgumentException("max document size must be positive: " + maxDocumentBytes);
        if (userAgent.isBlank())
            throw new IllegalArgumentException("user agent must not be blank");
    }

    /** 10 s to connect, 30 s to read, 5 redirects, 20 MB per document, user agent {@code Casus/0.1}. */
    public static IngestSettings defaults() {
        return new IngestSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
                20L * 1024 * 1024, "Casus/0.1");
    }
}

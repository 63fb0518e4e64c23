package org.casus.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One raw article as a source delivers it: bytes plus where they came from.
 *
 * @param origin   the input that held it, for messages and provenance: a file path, a URL, or
 *                 {@code file.warc.gz#record-id} / {@code file.jsonl:12} for one item inside a container
 * @param url      the article's own address, when the source knows it
 * @param format   what the bytes hold
 * @param content  the bytes, in {@code charset} when that is known, otherwise to be sniffed
 * @param charset  the charset the source declared (HTTP header, JSONL is always UTF-8), if any
 * @param hints    metadata the source already knows (keys in {@link Hint}); the extractor prefers
 *                 them to what it finds in the content
 */
public record Document(String origin, Optional<String> url, Format format, byte[] content,
                       Optional<String> charset, Map<Hint, String> hints) {

    /** Metadata a structured source (JSONL, a feed item) may carry alongside the body. */
    public enum Hint { TITLE, PUBLISHED, OUTLET, BYLINE, LANGUAGE }

    public Document {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(charset, "charset");
        hints = Map.copyOf(hints);
    }

    /** A document with no URL, declared charset or hints. */
    public static Document of(String origin, Format format, byte[] content) {
        return new Document(origin, Optional.empty(), format, content, Optional.empty(), Map.of());
    }

    public Optional<String> hint(Hint hint) {
        return Optional.ofNullable(hints.get(hint));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Document d && origin.equals(d.origin) && url.equals(d.url)
                && format == d.format && Arrays.equals(content, d.content)
                && charset.equals(d.charset) && hints.equals(d.hints);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, url, format, Arrays.hashCode(content), charset, hints);
    }

    @Override
    public String toString() {
        return "Document[" + origin + ", " + format + ", " + content.length + " bytes]";
    }
}

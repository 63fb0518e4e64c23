package org.casus.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP Content-Type reduced to what ingest decides by: the media type, lower case, and the
 * declared charset.
 */
record ContentType(String mediaType, Optional<String> charset) {

    static ContentType parse(String header) {
        String[] parts = header.split(";");
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        Optional<String> charset = Optional.empty();
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                String value = parameter[1].strip().replace("\"", "").replace("'", "");
                if (!value.isEmpty())
                    charset = Optional.of(value);
            }
        }
        return new ContentType(mediaType, charset);
    }

    /** The kind of document this type announces, or empty for a type ingest does not read. */
    Optional<InputKind> kind() {
        return switch (mediaType) {
            case "text/html", "application/xhtml+xml" -> Optional.of(InputKind.HTML);
            case "application/rss+xml", "application/atom+xml", "application/rdf+xml",
                 "application/xml", "text/xml" -> Optional.of(InputKind.FEED);
            case "text/plain" -> Optional.of(InputKind.TEXT);
            default -> Optional.empty();
        };
    }
}

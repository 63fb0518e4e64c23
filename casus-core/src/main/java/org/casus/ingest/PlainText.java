package org.casus.ingest;

import java.util.Optional;

/** Plain-text content as {@link org.casus.model.Format#TEXT} defines it: headline first. */
final class PlainText {
    private PlainText() {
    }

    /**
     * Puts the headline on the first line, unless the text already starts with it, so that the
     * text reads the same whether or not the extractor looks at the TITLE hint.
     */
    static String withHeadline(Optional<String> headline, String text) {
        String body = text.strip();
        if (headline.isEmpty())
            return body;
        int newline = body.indexOf('\n');
        String firstLine = (newline < 0 ? body : body.substring(0, newline)).strip();
        if (firstLine.equals(headline.get()))
            return body;
        return headline.get() + "\n\n" + body;
    }
}

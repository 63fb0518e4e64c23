package org.casus.extract;

import java.util.Optional;

/** Reads an article out of plain text whose first non-blank line is the headline. */
final class TextArticleReader {

    PageContent read(String text) {
        String trimmed = text.strip();
        int nl = trimmed.indexOf('\n');
        String title = nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
        String body = nl < 0 ? "" : trimmed.substring(nl + 1).strip();
        return new PageContent(title, body, Optional.empty(), Optional.empty(), Optional.empty());
    }
}

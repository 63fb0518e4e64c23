package org.casus.extract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader found in one page or text, before the article gets its id.
 *
 * @param title     the headline, empty when none
 * @param text      the body, paragraphs separated by one blank line
 * @param outlet    the publisher, if the page names it
 * @param byline    the author line, if any
 * @param published the publication date, if the page states it
 */
record PageContent(String title, String text, Optional<String> outlet, Optional<String> byline,
                   Optional<LocalDate> published) {
    PageContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(published, "published");
    }
}

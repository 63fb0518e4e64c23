package org.casus.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Metadata a text article states in the lines under its headline ("By Associated Press",
 * "Published on November 20, 2020"), and the body left once those lines are taken out.
 */
record TextHeader(Optional<String> outlet, Optional<String> byline, Optional<LocalDate> published,
                  List<String> body) {
    TextHeader {
        body = List.copyOf(body);
    }
}

package org.casus.export;

import java.util.List;
import java.util.Objects;

/**
 * A list of objects to export: an array in JSON Lines, its compact JSON text in a CSV cell. Wrapping
 * it says so even when it is empty, where a bare list would pass for a list of strings.
 */
record Nested(List<?> items) {
    Nested {
        Objects.requireNonNull(items, "items");
    }
}

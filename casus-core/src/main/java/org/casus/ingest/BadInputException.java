package org.casus.ingest;

import java.io.IOException;

/**
 * An input that cannot be read as any supported format, or breaks a limit. Carries the input
 * (possibly narrowed to a line or record, {@code feeds/x.xml:12:5}) and a short reason, which
 * become one problem line.
 */
final class BadInputException extends IOException {
    private final String input;
    private final String reason;

    BadInputException(String input, String reason) {
        super(input + ": " + reason);
        this.input = input;
        this.reason = reason;
    }

    String input() {
        return input;
    }

    String reason() {
        return reason;
    }
}

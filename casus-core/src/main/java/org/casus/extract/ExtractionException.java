package org.casus.extract;

import java.io.IOException;

/** A document that holds no usable article: binary data, no body text, an unreadable encoding. */
public final class ExtractionException extends IOException {
    public ExtractionException(String message) {
        super(message);
    }
}

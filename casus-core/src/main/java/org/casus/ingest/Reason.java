package org.casus.ingest;

import java.io.EOFException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** The few words a problem line gives for a failure: what went wrong, never the input's content. */
final class Reason {
    private static final int MAX_LENGTH = 160;

    private Reason() {
    }

    static String of(Throwable failure) {
        if (failure instanceof UncheckedIOException && failure.getCause() != null)
            return of(failure.getCause());
        if (failure instanceof BadInputException bad)
            return bad.reason();
        if (failure instanceof NoSuchFileException)
            return "no such file or directory";
        if (failure instanceof AccessDeniedException)
            return "permission denied";
        if (failure instanceof NotDirectoryException)
            return "not a directory";
        if (failure instanceof FileSystemException fs && fs.getReason() != null)
            return shorten(fs.getReason());
        if (failure instanceof EOFException)
            return "unexpected end of data" + detail(failure);
        if (failure instanceof RuntimeException)
            return "unexpected " + failure.getClass().getSimpleName() + detail(failure);
        String message = failure.getMessage();
        return message == null || message.isBlank()
                ? failure.getClass().getSimpleName() : shorten(message);
    }

    private static String detail(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "" : ": " + shorten(message);
    }

    /** One line, bounded: a parser message may quote a whole document. */
    static String shorten(String message) {
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 3) + "...";
    }
}

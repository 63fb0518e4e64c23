package org.casus.model;

import java.util.Objects;

/**
 * An input Casus could not use, reported instead of thrown so that the run goes on.
 *
 * @param input  the file, URL or record at fault ({@code feeds/world.xml}, {@code a.jsonl:12})
 * @param reason what is wrong with it, in a few words, without the input's content
 */
public record Problem(String input, String reason) {
    public Problem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
    }

    /** The one line the command line prints: {@code input: reason}. */
    @Override
    public String toString() {
        return input + ": " + reason;
    }
}

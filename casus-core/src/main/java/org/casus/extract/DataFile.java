package org.casus.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A data file shipped beside this package: one entry per line, {@code #} starts a comment line. */
record DataFile(String name) {

    List<String> lines() {
        try (InputStream in = DataFile.class.getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("data file missing from the build: " + name);
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#"))
                    lines.add(line.strip());
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
    }

    /** The lines as one case-insensitive pattern that must match a whole line. */
    Pattern wholeLinePattern() {
        return Pattern.compile("(?:" + String.join("|", lines()) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}

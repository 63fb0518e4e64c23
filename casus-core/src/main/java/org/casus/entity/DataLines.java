package org.casus.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lines of a data file shipped beside this package; blank lines and {@code #} comments skipped. */
record DataLines(String name) {

    List<String> read() {
        try (InputStream in = DataLines.class.getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("data file missing from the build: " + name);
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; )
                if (!line.isBlank() && !line.startsWith("#")) lines.add(line.strip());
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
    }
}

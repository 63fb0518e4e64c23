package org.casus.reconcile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names of news outlets as they stand in running text: the known outlets of the extract stage's
 * {@code outlets.tsv} with all their aliases, and any other capitalised name that ends in a word
 * news outlets are named with ("... News", "... Post", "... Times", "... Eye", "... Agency").
 */
final class OutletNames {
    private static final String TABLE = "/org/casus/extract/outlets.tsv";
    private static final String NEWS_WORDS = "News|Post|Times|Eye|Agency|Journal|Herald|Tribune|Gazette|Telegraph"
            + "|Monitor|Press|Wire|TV|Television|Radio|Daily|Observer|Chronicle|Standard|Express|Network|Channel"
            + "|Review|Insider|Examiner|Courier|Dispatch|Week|Weekly|Magazine";
    /**
     * A capitalised name of two to five words ending in a news word: "Kurdistan 24 News", "Tehran
     * Times". Its words stand on one line: a headline's last word is no part of the name below it.
     */
    private static final String GENERAL = "(?:[A-Z][\\p{L}\\d'’.&]*(?:-[\\p{L}\\d]+)*\\h+){1,4}(?:" + NEWS_WORDS + ")";

    private final Map<String, String> canonical = new HashMap<>();
    private final String pattern;

    OutletNames() {
        List<String> aliases = new ArrayList<>();
        for (String[] row : rows()) {
            add(row[0], row[0], aliases);
            if (row.length > 1)
                for (String alias : row[1].split("\\|"))
                    if (!alias.isBlank())
                        add(alias, row[0], aliases);
        }
        // longest first, so "Associated Press" wins over "AP" and "Middle East Eye" over a general match
        aliases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String known = aliases.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.pattern = "(?:" + known + "|" + GENERAL + ")(?![\\p{L}\\d])";
    }

    private void add(String alias, String name, List<String> aliases) {
        String stripped = alias.strip();
        if (stripped.regionMatches(true, 0, "the ", 0, 4))
            stripped = stripped.substring(4);
        if (canonical.putIfAbsent(key(stripped), name) == null)
            aliases.add(stripped);
    }

    /** A regular expression for one outlet name, not anchored, without groups. */
    String pattern() {
        return pattern;
    }

    /** The canonical name of the outlet written {@code written}: the table's name, or the words as written. */
    String canonical(String written) {
        String stripped = written.strip();
        if (stripped.regionMatches(true, 0, "the ", 0, 4))
            stripped = stripped.substring(4);
        return canonical.getOrDefault(key(stripped), stripped);
    }

    /** Whether {@code written} is a known outlet's name or alias. */
    boolean known(String written) {
        String stripped = written.strip();
        if (stripped.regionMatches(true, 0, "the ", 0, 4))
            stripped = stripped.substring(4);
        return canonical.containsKey(key(stripped));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = OutletNames.class.getResourceAsStream(TABLE)) {
            if (in == null)
                throw new IllegalStateException("the outlet table " + TABLE + " is missing from the class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine())
                if (!line.isBlank() && !line.startsWith("#"))
                    rows.add(line.split("\t", -1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the outlet table " + TABLE, e);
        }
        return rows;
    }
}

package org.casus.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A data file of word classes: each row a class name, then lemmas separated by spaces. Every class
 * the code asks for must be in the file, so a misspelt class fails at startup, not silently.
 */
final class WordLists {
    private final String name;
    private final Map<String, Set<String>> classes = new HashMap<>();

    WordLists(String name) {
        this.name = name;
        for (DataRows.Row row : DataRows.read(name, 2)) {
            Set<String> words = Set.of(row.cell(1).toLowerCase(Locale.ROOT).split("\\s+"));
            if (classes.put(row.cell(0), words) != null)
                throw row.error("class " + row.cell(0) + " given twice");
        }
    }

    /** The lemmas of {@code wordClass}. */
    Set<String> get(String wordClass) {
        Set<String> words = classes.get(wordClass);
        if (words == null)
            throw new IllegalStateException(name + ": no class " + wordClass);
        return words;
    }

    /** Whether {@code lemma} belongs to any of {@code wordClasses}. */
    boolean in(String lemma, String... wordClasses) {
        for (String c : wordClasses)
            if (get(c).contains(lemma))
                return true;
        return false;
    }

    List<String> classNames() {
        return List.copyOf(classes.keySet());
    }
}

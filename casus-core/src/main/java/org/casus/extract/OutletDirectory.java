package org.casus.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * News outlets known by name, alias and web domain ({@code outlets.tsv}), so that "By AP",
 * "(The Washington Post)" and a page on washingtonpost.com all name the same outlet.
 */
final class OutletDirectory {
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byDomain = new HashMap<>();

    OutletDirectory() {
        for (String line : new DataFile("outlets.tsv").lines()) {
            String[] cols = line.split("\t", -1);
            String name = cols[0];
            byName.put(key(name), name);
            if (cols.length > 1)
                for (String alias : cols[1].split("\\|"))
                    if (!alias.isBlank()) byName.putIfAbsent(key(alias), name);
            if (cols.length > 2)
                for (String domain : cols[2].split("\\|"))
                    if (!domain.isBlank()) byDomain.put(domain.toLowerCase(Locale.ROOT), name);
        }
    }

    /** The canonical name of an outlet written as {@code name}, if it is known. */
    Optional<String> byName(String name) {
        String k = key(name);
        String found = byName.get(k);
        if (found == null && k.startsWith("the "))
            found = byName.get(k.substring(4));
        return Optional.ofNullable(found);
    }

    /** The outlet whose site {@code host} belongs to (www.bbc.co.uk -> BBC News), if known. */
    Optional<String> byHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        while (true) {
            String found = byDomain.get(h);
            if (found != null) return Optional.of(found);
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) return Optional.empty();
            h = h.substring(dot + 1);
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }
}

package org.casus.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actors Casus knows by name: the gazetteer shipped with Casus ({@code gazetteer.tsv} beside this
 * class) plus any files users add in the same format (docs/formats/gazetteer.md).
 *
 * <p>A row in a user file whose id is already known replaces the earlier row, so users can correct or
 * update an actor; the same id twice in one file is an error. Every affiliation must point to an id
 * known after all files are read.
 */
public final class Gazetteer {
    static final String SHIPPED = "gazetteer.tsv";
    private static volatile Gazetteer shipped;

    private final Map<String, Actor> byId;

    private Gazetteer(Map<String, Actor> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The shipped gazetteer, read once per process. */
    public static Gazetteer shipped() {
        Gazetteer g = shipped;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (shipped == null) shipped = load(List.of());
                g = shipped;
            }
        }
        return g;
    }

    /**
     * The shipped gazetteer with the user's files read after it, in order.
     *
     * @throws IOException              when a file cannot be read
     * @throws IllegalArgumentException naming {@code file:line} and the problem, for a bad row
     */
    public static Gazetteer withUserFiles(List<Path> files) throws IOException {
        List<List<GazetteerRows.Row>> sources = new ArrayList<>();
        for (Path file : files)
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                sources.add(GazetteerRows.read(file.toString(), reader));
            }
        return load(sources);
    }

    private static Gazetteer load(List<List<GazetteerRows.Row>> userSources) {
        List<List<GazetteerRows.Row>> sources = new ArrayList<>();
        sources.add(shippedRows());
        sources.addAll(userSources);
        Map<String, GazetteerRows.Row> rows = new LinkedHashMap<>();
        for (List<GazetteerRows.Row> source : sources) {
            Map<String, String> seenHere = new HashMap<>();
            for (GazetteerRows.Row row : source) {
                String earlier = seenHere.putIfAbsent(row.actor().id(), row.where());
                if (earlier != null)
                    throw new IllegalArgumentException(row.where() + ": duplicate id '" + row.actor().id()
                            + "' (first at " + earlier + ")");
                rows.put(row.actor().id(), row);
            }
        }
        Map<String, Actor> byId = new LinkedHashMap<>();
        for (GazetteerRows.Row row : rows.values()) {
            for (Affiliation a : row.actor().affiliations())
                if (!rows.containsKey(a.target()))
                    throw new IllegalArgumentException(row.where() + ": affiliation " + a + " names no known actor");
            byId.put(row.actor().id(), row.actor());
        }
        return new Gazetteer(byId);
    }

    private static List<GazetteerRows.Row> shippedRows() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(SHIPPED)) {
            if (in == null)
                throw new IllegalStateException("data file missing from the build: " + SHIPPED);
            return GazetteerRows.read(SHIPPED, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + SHIPPED, e);
        }
    }

    /** The actor with this id, if any. */
    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every actor, shipped rows first in file order. */
    public Collection<Actor> actors() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    /** How many actors there are of each type. */
    public Map<ActorType, Integer> countByType() {
        Map<ActorType, Integer> counts = new EnumMap<>(ActorType.class);
        for (ActorType t : ActorType.values()) counts.put(t, 0);
        for (Actor a : byId.values()) counts.merge(a.type(), 1, Integer::sum);
        return counts;
    }
}

package org.casus.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A clustering of mentions into entities (for events: the mentions that tell of one event), as a
 * coreference scorer reads a key or a response. Mentions are opaque ids; a mention stands in at most
 * one entity, and singleton entities count.
 */
final class CorefPartition {
    private final List<Set<String>> entities;
    private final Map<String, Integer> entityOf = new HashMap<>();

    CorefPartition(Collection<? extends Collection<String>> entities) {
        List<Set<String>> kept = new ArrayList<>();
        for (Collection<String> entity : entities) {
            if (entity.isEmpty())
                continue;
            Set<String> members = Set.copyOf(new LinkedHashSet<>(entity));
            for (String mention : members)
                if (entityOf.putIfAbsent(mention, kept.size()) != null)
                    throw new IllegalArgumentException("mention " + mention + " stands in two entities");
            kept.add(members);
        }
        this.entities = List.copyOf(kept);
    }

    List<Set<String>> entities() {
        return entities;
    }

    /** The index in {@link #entities()} of the entity that holds {@code mention}, if any does. */
    Optional<Integer> entityOf(String mention) {
        return Optional.ofNullable(entityOf.get(mention));
    }

    /** This partition with only the mentions in {@code kept}; entities left empty are dropped. */
    CorefPartition restrictedTo(Set<String> kept) {
        return new CorefPartition(entities.stream().map(e -> e.stream().filter(kept::contains).toList()).toList());
    }

    int mentionCount() {
        return entityOf.size();
    }
}

package org.casus.export;

import java.util.List;
import java.util.Optional;
import org.casus.model.Entity;

/**
 * The entities behind the golden export files, in id order; the articles they name are
 * {@link ExportedArticles}. Each exercises a rule of the format: every field present, an absent
 * actor code, empty lists, items holding the list separator, a backslash, commas and quotes,
 * non-ASCII script and characters beyond the BMP.
 */
final class ExportedEntities {
    private ExportedEntities() {
    }

    static List<Entity> all() {
        Entity full = new Entity("ashe-bridge-board", "Ashe Bridge Board", "GOVERNMENT", Optional.of("VLYGOV"),
                List.of("Bridge Board", "the Board"), List.of("part_of:valley-council"),
                List.of("0a41c9e2d7b35f18", "8e2f6a0d4b19c753"));
        Entity empty = new Entity("org:quill", "Quill", "ORGANIZATION", Optional.empty(), List.of(), List.of(),
                List.of());
        Entity awkward = new Entity("org:road-rail", "Road | Rail Union", "ORGANIZATION", Optional.empty(),
                List.of("Road|Rail", "R\\R", "\"the Union\", locally"), List.of("allied_with:ashe-bridge-board"),
                List.of("0a41c9e2d7b35f18"));
        Entity scripts = new Entity("person:leman", "Élodie Léman", "PERSON", Optional.of("CHE"),
                List.of("Léman", "ليمان", "Élodie 🌾"), List.of("leader_of:ashe-bridge-board"),
                List.of("c5d8b3f1e0a27946"));
        return List.of(full, empty, awkward, scripts);
    }
}

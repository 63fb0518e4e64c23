package org.casus.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A canonical actor across all articles: every spelling merged.
 *
 * @param id           stable: the gazetteer id, or a key derived from the name
 * @param name         the canonical name
 * @param type         PERSON, COUNTRY, GOVERNMENT, MILITARY, ARMED_GROUP, ORGANIZATION, LOCATION, ...
 * @param actorCode    the CAMEO actor code, when known
 * @param aliases      every other way the articles wrote it, sorted
 * @param affiliations relations to other entities, "backed_by:irn", "leader_of:irn-quds-force", sorted
 * @param articles     ids of the articles that name it, sorted
 */
public record Entity(String id, String name, String type, Optional<String> actorCode, List<String> aliases,
                     List<String> affiliations, List<String> articles) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actorCode, "actorCode");
        aliases = List.copyOf(aliases);
        affiliations = List.copyOf(affiliations);
        articles = List.copyOf(articles);
    }
}

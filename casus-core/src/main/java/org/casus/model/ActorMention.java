package org.casus.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One place where an article names an actor, tied to the canonical entity it refers to.
 *
 * @param span     where the name stands in {@link Article#text()}
 * @param text     the name as written there ("Brig. Gen. Ismail Qaani", "the U.S. Embassy")
 * @param entityId the canonical entity: a gazetteer id ("esmail-qaani"), or a key derived from the
 *                 name for actors the gazetteer does not know ("person:jyd")
 * @param name     the entity's canonical name
 * @param type     PERSON, COUNTRY, GOVERNMENT, MILITARY, ARMED_GROUP, ORGANIZATION, LOCATION, ...
 * @param code     the CAMEO actor code (IRN, USAMIL, IRQREB), when known
 */
public record ActorMention(Span span, String text, String entityId, String name, String type,
                           Optional<String> code) {
    public ActorMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        if (entityId.isBlank())
            throw new IllegalArgumentException("actor '" + text + "' has no entity");
        if (text.length() != span.length())
            throw new IllegalArgumentException("actor '" + text + "' does not fit its span " + span);
    }
}

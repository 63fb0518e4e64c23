package org.casus.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One actor named in an article, tied to the canonical entity it stands for. The entity stage makes
 * these; the event stage reads them to say who did what to whom.
 *
 * @param span     where the name stands in {@link Article#text()}
 * @param text     {@code span.cut(article.text())}
 * @param entityId the canonical entity's stable id ({@code irn}, {@code kataib-hezbollah})
 * @param name     the canonical entity's name
 * @param type     the kind of actor: COUNTRY, GOVERNMENT, MILITARY, PERSON, ARMED_GROUP, LOCATION, ...
 * @param code     the CAMEO actor code ({@code IRQREB}), when the entity has one
 */
public record ActorMention(Span span, String text, String entityId, String name, String type,
                           Optional<String> code) {

    public ActorMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        if (text.length() != span.length())
            throw new IllegalArgumentException("actor mention '" + text + "' does not fit its span " + span);
        if (entityId == null || entityId.isBlank())
            throw new IllegalArgumentException("actor mention '" + text + "' has no entity id");
    }
}

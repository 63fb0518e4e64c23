package org.casus.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casus.model.Entity;

/**
 * One row of the gazetteer: an actor with its CAMEO actor code, the other names it goes by and
 * the actors it belongs to or is backed by.
 *
 * @param id           stable lower-case id ({@code irn}, {@code irn-irgc}, {@code qassem-soleimani})
 * @param name         canonical name
 * @param type         kind of actor
 * @param code         CAMEO actor code in GDELT/Phoenix style: 3-letter blocks, the first a country,
 *                     region, international type or known-group code ({@code IRNMIL}, {@code IGOUNO})
 * @param aliases      other spellings, transliterations, demonyms and abbreviations
 * @param affiliations ties to other gazetteer actors
 * @param active       years the actor was active or in the news, if the file says
 */
public record Actor(String id, String name, ActorType type, String code, List<String> aliases,
                    List<Affiliation> affiliations, Optional<Years> active) {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern CODE = Pattern.compile("(?:[A-Z]{3}){1,5}");

    public Actor {
        if (!ID.matcher(id).matches())
            throw new IllegalArgumentException("bad id '" + id + "' (want lower-case words joined by '-')");
        if (name.isBlank())
            throw new IllegalArgumentException("empty name");
        Objects.requireNonNull(type, "type");
        if (!CODE.matcher(code).matches())
            throw new IllegalArgumentException("bad CAMEO code '" + code + "' (want 3-letter upper-case blocks)");
        aliases = List.copyOf(aliases);
        affiliations = List.copyOf(affiliations);
        Objects.requireNonNull(active, "active");
    }

    /** The canonical name followed by the aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /** The ids of the actors this one is tied to by {@code relation}, in file order. */
    public List<String> targets(Relation relation) {
        return affiliations.stream().filter(a -> a.relation() == relation).map(Affiliation::target).toList();
    }

    /** This actor as a canonical entity that no article names yet: its ties, but no articles. */
    public Entity asEntity() {
        return new Entity(id, name, type.name(), Optional.of(code), aliases,
                affiliations.stream().map(Object::toString).toList(), List.of());
    }

    /** The CAMEO country, region or international code that starts the actor code. */
    public String codeRoot() {
        return code.substring(0, 3);
    }
}

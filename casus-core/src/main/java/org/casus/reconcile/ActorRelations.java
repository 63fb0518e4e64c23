package org.casus.reconcile;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casus.model.Entity;

/**
 * Which actors stand for one another in an event: an actor and what it is part of, leads, belongs to
 * or lies in ("the U.S. Embassy" and "the United States"; Qaani and the Quds Force), and a named
 * group and the kind its CAMEO code names (Badr, IRQREB, and "Iraqi militias"). Siblings are not
 * related (an attack on U.S. troops is not one on the embassy), nor are backers and the backed (an
 * Iran-backed militia firing is not Iran firing), nor members of a bloc through the bloc (NATO).
 * A person named by the surname alone in one article ("Jackson") stands for the person another
 * article names in full ("Vincent Jackson"): the resolver links the two only within one article.
 */
final class ActorRelations {
    private static final Set<String> UPWARD = Set.of("part_of", "leader_of", "member_of", "located_in", "affiliate_of");
    private static final Set<String> BLOCS = Set.of("IGO");
    private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "REGION", "PLACE");
    private static final int DEPTH = 4;
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private final Map<String, Set<String>> ancestors = new HashMap<>();
    private final Map<String, String> types = new HashMap<>();
    /** The one-word name of each person known by one word only ("jackson"). */
    private final Map<String, String> soleNames = new HashMap<>();
    /** The last word of each person's full name ("vincent jackson": "jackson"). */
    private final Map<String, String> surnames = new HashMap<>();

    ActorRelations(Collection<Entity> entities) {
        Map<String, List<String>> parents = new HashMap<>();
        for (Entity e : entities) {
            types.put(e.id(), e.type());
            if ("PERSON".equals(e.type())) {
                String[] words = e.name().strip().toLowerCase(Locale.ROOT).split("[\\s.]+");
                if (words.length == 1 && words[0].length() > 1)
                    soleNames.put(e.id(), words[0]);
                else if (words.length > 1) {
                    // "Anthony Smith III" is Smith
                    int last = words.length > 2 && SUFFIXES.contains(words[words.length - 1]) ? words.length - 2
                            : words.length - 1;
                    surnames.put(e.id(), words[last]);
                }
            }
        }
        for (Entity e : entities) {
            for (String affiliation : e.affiliations()) {
                int colon = affiliation.indexOf(':');
                if (colon < 0 || !UPWARD.contains(affiliation.substring(0, colon)))
                    continue;
                String parent = affiliation.substring(colon + 1);
                int at = parent.indexOf('@');
                if (at >= 0)
                    parent = parent.substring(0, at);
                if (!BLOCS.contains(types.getOrDefault(parent, "")))
                    parents.computeIfAbsent(e.id(), k -> new java.util.ArrayList<>()).add(parent);
            }
        }
        // a named group is one of the kind its code names: Badr (IRQREB) is one of "Iraqi militias" (irq-reb)
        for (Entity e : entities) {
            String generic = e.actorCode().map(ActorRelations::genericId).orElse(e.id());
            if (!generic.equals(e.id()) && types.containsKey(generic))
                parents.computeIfAbsent(e.id(), k -> new java.util.ArrayList<>()).add(generic);
        }
        for (String id : parents.keySet())
            ancestors.put(id, closure(id, parents));
    }

    /** The id a code's generic actor has: "IRQREB" is "irq-reb", the Iraqi militias as a kind. */
    private static String genericId(String code) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i + 3 <= code.length(); i += 3)
            id.append(i == 0 ? "" : "-").append(code.substring(i, i + 3).toLowerCase(java.util.Locale.ROOT));
        return id.toString();
    }

    private static Set<String> closure(String id, Map<String, List<String>> parents) {
        Set<String> seen = new HashSet<>();
        Deque<String> level = new ArrayDeque<>(List.of(id));
        for (int depth = 0; depth < DEPTH && !level.isEmpty(); depth++) {
            Deque<String> next = new ArrayDeque<>();
            for (String a : level)
                for (String p : parents.getOrDefault(a, List.of()))
                    if (seen.add(p))
                        next.add(p);
            level = next;
        }
        seen.remove(id);
        return Set.copyOf(seen);
    }

    /**
     * Whether one of the two is part of, led by, a member of or located in the other, or is the
     * other person named by the surname alone.
     */
    boolean related(String a, String b) {
        return ancestors.getOrDefault(a, Set.of()).contains(b) || ancestors.getOrDefault(b, Set.of()).contains(a)
                || shortFor(a, b) || shortFor(b, a);
    }

    /** Whether person {@code a}, known by one word, is called by the surname of person {@code b}. */
    private boolean shortFor(String a, String b) {
        String sole = soleNames.get(a);
        return sole != null && sole.equals(surnames.get(b));
    }

    /** Whether the entity is a place, which the coder sometimes gives as a target ("struck Baghdad"). */
    boolean isPlace(String id) {
        return PLACES.contains(types.getOrDefault(id, ""));
    }

    /** Whether the entity is a whole country. */
    boolean isCountry(String id) {
        return "COUNTRY".equals(types.get(id));
    }

    /** The countries a place is or lies in ("baghdad" lies in "irq"); none for an unknown place. */
    Set<String> countriesOf(String placeId) {
        Set<String> countries = new HashSet<>();
        if (isCountry(placeId))
            countries.add(placeId);
        for (String a : ancestors.getOrDefault(placeId, Set.of()))
            if (isCountry(a))
                countries.add(a);
        return countries;
    }

    /**
     * Whether one is a person and the other an organisation no actor list knows (a firm, a school, a
     * club): the person may have been attacked there, so the two do not name different victims.
     */
    boolean personAtOrganisation(String a, String b) {
        return isPerson(a) && "ORGANIZATION".equals(types.get(b)) || isPerson(b) && "ORGANIZATION".equals(types.get(a));
    }

    /** Whether the entity is a person. */
    boolean isPerson(String id) {
        return "PERSON".equals(types.get(id));
    }
}

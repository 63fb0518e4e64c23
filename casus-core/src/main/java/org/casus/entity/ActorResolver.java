package org.casus.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.model.ActorMention;
import org.casus.model.Annotated;
import org.casus.model.Sentence;
import org.casus.model.Token;

/**
 * The entity stage: finds the actors an article names and ties each mention to one canonical
 * entity, so that every spelling of a name (Qaani, Ghaani, Brig. Gen. Esmail Qaani) lands on the
 * same id in every article. Known actors get the gazetteer's id, type and CAMEO code; people and
 * bodies the gazetteer does not know get an id derived from how their name sounds, so variants
 * still meet. A later short form ("Jiyad") joins the full name the article gave first.
 */
public final class ActorResolver {
    /** Tagger classes that name actors; places only count when the gazetteer knows them. */
    private static final Set<String> UNKNOWN_KEPT = Set.of("PERSON", "ORGANIZATION");
    private final AliasMatcher matcher;
    private final ActorSpotter spotter;

    public ActorResolver(Gazetteer gazetteer) {
        this.matcher = new AliasMatcher(gazetteer);
        Set<String> bodyWords = new java.util.HashSet<>(new SectorNames().singleWords());
        this.spotter = new ActorSpotter(Set.copyOf(bodyWords), matcher::spellsOneActor);
    }

    /** Every actor mention in the article, in text order. */
    public List<ActorMention> resolve(Annotated annotated) {
        List<NameCandidate> candidates = spotter.spot(annotated);
        List<String> fullNames = new ArrayList<>();
        for (NameCandidate c : candidates)
            if (c.nerType().equals("PERSON") && c.text().trim().contains(" ")) fullNames.add(c.text());
        Map<String, ActorMention> unknownPeople = new HashMap<>();
        List<ActorMention> people = new ArrayList<>();
        List<ActorMention> mentions = new ArrayList<>();
        for (NameCandidate c : candidates) {
            // a capitalised run the tagger did not call a name may be a title or a slogan ("The
            // Last Hot Time"), so it has to be spelled as an actor's name: sounding like one is not enough
            Optional<ActorMatch> match = matcher.find(c.text(), fullNames)
                    .filter(m -> !c.nerType().equals("O") || m.kind() != MatchKind.PHONETIC);
            if (match.isPresent()) {
                Actor a = match.get().actor();
                ActorMention m = new ActorMention(c.span(), c.text(), a.id(), a.name(), a.type().name(),
                        Optional.of(a.code()));
                mentions.add(m);
                if (a.type() == ActorType.PERSON && c.text().trim().contains(" ")) people.add(m);
            } else if (UNKNOWN_KEPT.contains(c.nerType()) && !describesPeople(annotated, c)) {
                mentions.add(unknown(c, unknownPeople));
            }
        }
        return sharedSurnames(laterFullNames(mentions, unknownPeople), people);
    }

    /**
     * A surname alone told before the full name (a heading's "Williams' arrest" over a report on
     * Jamal Williams) is the one person the article names in full with it.
     */
    private List<ActorMention> laterFullNames(List<ActorMention> mentions, Map<String, ActorMention> people) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            String surname = lastWord(m.text());
            List<ActorMention> bearers = !m.type().equals("PERSON") || m.code().isPresent()
                    || m.text().trim().contains(" ") || people.containsKey(m.entityId()) ? List.of()
                    : people.values().stream().filter(p -> lastWord(p.name()).equals(surname)).toList();
            out.add(bearers.size() != 1 ? m : new ActorMention(m.span(), m.text(), bearers.get(0).entityId(),
                    bearers.get(0).name(), m.type(), Optional.empty()));
        }
        return out;
    }

    /**
     * Whether an unknown one-word "organisation" only says what kind of people a plural noun names:
     * the tagger reads "Shiite politicians" or "Sunni tribes" as an organisation, but a faith or a
     * people is no body that acts, and as an actor it would stand in for the politicians themselves.
     */
    private static boolean describesPeople(Annotated annotated, NameCandidate c) {
        if (!c.nerType().equals("ORGANIZATION") || c.text().trim().contains(" "))
            return false;
        for (Sentence s : annotated.sentences()) {
            if (!s.span().contains(c.span()))
                continue;
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++)
                if (tokens.get(i).span().end() == c.span().end())
                    return tokens.get(i + 1).pos().equals("NNS");
        }
        return false;
    }

    /** An actor the gazetteer does not know, keyed by how its name sounds. */
    private ActorMention unknown(NameCandidate c, Map<String, ActorMention> people) {
        String kind = c.nerType().equals("PERSON") ? "person" : "org";
        String type = c.nerType().equals("PERSON") ? "PERSON" : "ORGANIZATION";
        if (kind.equals("person") && !c.text().trim().contains(" ")) {
            // a surname alone: the full name given earlier in the article, if exactly one matches
            List<ActorMention> bearers = people.values().stream()
                    .filter(p -> matcher.sameName(p.name(), c.text()) || lastWord(p.name()).equals(lastWord(c.text())))
                    .distinct().toList();
            if (bearers.size() == 1)
                return new ActorMention(c.span(), c.text(), bearers.get(0).entityId(), bearers.get(0).name(),
                        type, Optional.empty());
        }
        String key = matcher.nameKey(c.text());
        String id = kind + ":" + (key.isBlank() ? c.text().toLowerCase(Locale.ROOT).replaceAll("\\W+", "-") : key);
        ActorMention mention = new ActorMention(c.span(), c.text(), id, c.text().trim(), type, Optional.empty());
        if (kind.equals("person") && c.text().trim().contains(" ")) people.putIfAbsent(id, mention);
        return mention;
    }

    /**
     * A surname alone that the gazetteer could not place ("Qani" sounds like Ghana too) is the
     * person the article named in full with a surname that sounds the same, when there is one.
     */
    private List<ActorMention> sharedSurnames(List<ActorMention> mentions, List<ActorMention> people) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            if (m.type().equals("PERSON") && m.code().isEmpty() && !m.text().trim().contains(" ")) {
                String key = matcher.nameKey(m.text());
                List<String> ids = people.stream()
                        .filter(p -> matcher.nameKey(lastWord(p.text())).equals(key))
                        .map(ActorMention::entityId).distinct().toList();
                if (ids.size() == 1) {
                    ActorMention p = people.stream().filter(q -> q.entityId().equals(ids.get(0))).findFirst().get();
                    m = new ActorMention(m.span(), m.text(), p.entityId(), p.name(), p.type(), p.code());
                }
            }
            out.add(m);
        }
        return List.copyOf(out);
    }

    private static String lastWord(String name) {
        String[] words = name.trim().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }
}

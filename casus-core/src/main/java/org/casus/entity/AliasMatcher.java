package org.casus.entity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ties names as articles write them to gazetteer actors, across spellings, transliterations,
 * titles and scripts: "Brig. Gen. Esmail Ghaani", "Kasım Süleymani", "the Iran-backed Kataib
 * Hezbollah", "U.S. Embassy". It also tells whether two names unknown to the gazetteer are
 * variants of one person's name.
 *
 * <p>A name is folded (any script to Latin, diacritics and case dropped), stripped of titles and
 * modifiers, then looked up by spelling, by sound key ({@link PhoneticKey}) and by first and last
 * name; every step is a hash lookup. A bare surname names a person only when the article's full
 * names make it unambiguous. Built once per gazetteer; safe to share between threads.
 */
public final class AliasMatcher {
    private final Gazetteer gazetteer;
    private final Titles titles = new Titles();
    private final SectorNames sectors = new SectorNames();
    private final AliasIndex index;

    public AliasMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.index = new AliasIndex(gazetteer, titles);
    }

    /** The actor {@code name} refers to, without knowing the rest of the article. */
    public Optional<ActorMatch> find(String name) {
        return find(name, List.of());
    }

    /**
     * The actor {@code name} refers to.
     *
     * @param name         a name as written ("Gen. Soleimani", "the Iranian military")
     * @param namesInArticle full names seen in the same article; a bare surname is resolved only
     *                     when exactly one person among them bears it, and is left unresolved when
     *                     two do (Ali and Mojtaba Khamenei)
     * @return the actor, or empty when the name is unknown or ambiguous
     */
    public Optional<ActorMatch> find(String name, Collection<String> namesInArticle) {
        ParsedName parsed = ParsedName.of(name, titles);
        if (parsed.isEmpty()) return Optional.empty();
        List<List<String>> forms = parsed.forms();
        // a spelling found in any reading beats a sound-alike found in an earlier one:
        // "Gen. Esmail Ghaani" is Esmail Ghaani, not a general whose name sounds the same
        for (List<String> words : forms) {
            AliasIndex.Hits spelled = index.spelled(words);
            if (spelled.isUnique() && !isSurname(words))
                return Optional.of(new ActorMatch(spelled.actors().get(0), spelled.kind()));
        }
        for (List<String> words : forms) {
            AliasIndex.Hits hits = index.lookup(words, parsed.abjad());
            if (isSurname(words) && hits.onlyPeople()) {
                Map<String, Optional<Actor>> bearers = bearers(words, namesInArticle);
                if (bearers.size() > 1) return Optional.empty();
                if (bearers.size() == 1)
                    return bearers.values().iterator().next().map(a -> new ActorMatch(a, MatchKind.SURNAME));
            }
            if (hits.isUnique()) return Optional.of(new ActorMatch(hits.actors().get(0), hits.kind()));
        }
        for (List<String> words : forms) {
            Optional<ActorMatch> composed = composed(words).or(() -> withNationality(words));
            if (composed.isPresent()) return composed;
        }
        return Optional.empty();
    }

    /**
     * Whether {@code words} are spelled as one actor's name or alias ("Iranian", "Iraqis",
     * "South Korean"), with no sound-alike or composed reading.
     */
    public boolean spellsOneActor(String words) {
        List<String> whole = ParsedName.of(words, titles).whole();
        return !whole.isEmpty() && index.spelled(whole).isUnique();
    }

    /**
     * Whether two names, known to the gazetteer or not, are variants of one person's or body's name:
     * the same actor, the same sound key, or the same surname with the shorter name's other words
     * found in order in the longer one ("Mohammad Javad Zarif", "Javad Zarif"). A bare surname is a
     * variant of a full name only when the gazetteer lists it as that person's alias ("Putin"); for
     * other surnames use {@link #find(String, Collection)} with the article's names.
     */
    public boolean sameName(String a, String b) {
        ParsedName pa = ParsedName.of(a, titles);
        ParsedName pb = ParsedName.of(b, titles);
        if (pa.isEmpty() || pb.isEmpty()) return false;
        Optional<ActorMatch> ma = find(a);
        Optional<ActorMatch> mb = find(b);
        if (ma.isPresent() && mb.isPresent()) return ma.get().actor().id().equals(mb.get().actor().id());
        if (PhoneticKey.of(pa.bare()).equals(PhoneticKey.of(pb.bare()))) return true;
        List<String> ka = wordKeys(pa.bare());
        List<String> kb = wordKeys(pb.bare());
        List<String> shorter = ka.size() <= kb.size() ? ka : kb;
        List<String> longer = shorter == ka ? kb : ka;
        if (shorter.size() < 2 || !shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1)))
            return false;
        int at = 0;
        for (String key : shorter) {
            while (at < longer.size() && !longer.get(at).equals(key)) at++;
            if (at++ == longer.size()) return false;
        }
        return true;
    }

    /**
     * A key for grouping names that are spelled differently but sound alike; names with equal keys
     * are variants by {@link #sameName}.
     */
    public String nameKey(String name) {
        return PhoneticKey.of(ParsedName.of(name, titles).bare());
    }

    private static boolean isSurname(List<String> words) {
        return PhoneticKey.significant(words).stream().filter(w -> w.length() > 1).count() == 1;
    }

    private static List<String> wordKeys(List<String> words) {
        return PhoneticKey.significant(words).stream().filter(w -> w.length() > 1).map(PhoneticKey::word).toList();
    }

    // the distinct people among the article's full names whose surname sounds like this one:
    // a gazetteer id, or the name's own sound key for people the gazetteer does not know
    private Map<String, Optional<Actor>> bearers(List<String> surname, Collection<String> namesInArticle) {
        String key = PhoneticKey.of(surname);
        Map<String, Optional<Actor>> bearers = new LinkedHashMap<>();
        for (String full : namesInArticle) {
            List<String> words = ParsedName.of(full, titles).bare();
            List<String> keys = wordKeys(words);
            if (keys.size() < 2 || !keys.get(keys.size() - 1).equals(key)) continue;
            AliasIndex.Hits hits = index.lookup(words);
            if (hits.isUnique()) bearers.putIfAbsent(hits.actors().get(0).id(), Optional.of(hits.actors().get(0)));
            else bearers.putIfAbsent("?" + PhoneticKey.of(words), Optional.empty());
        }
        return bearers;
    }

    private Optional<ActorMatch> composed(List<String> words) {
        for (SectorNames.Split split : sectors.splits(words)) {
            if (split.head().isEmpty()) continue;
            AliasIndex.Hits hits = index.lookup(split.head());
            if (!hits.isUnique()) continue;
            Actor head = hits.actors().get(0);
            SectorNames.Sector sector = split.sector();
            Optional<Actor> actor = switch (head.type()) {
                case COUNTRY -> sector.type() == null ? Optional.empty() : Optional.of(bodyOf(head, sector));
                case PERSON -> sector.type() == ActorType.GOVERNMENT ? ledBy(head, sector) : Optional.empty();
                case LOCATION -> Optional.empty();
                default -> Optional.of(head); // Hezbollah fighters, NATO officials: the group itself
            };
            if (actor.isPresent()) return Optional.of(new ActorMatch(actor.get(), MatchKind.COMPOSED));
        }
        return Optional.empty();
    }

    // "Yemeni Houthis", "Iranian Qassem Soleimani": a nationality before an actor of that country;
    // "Turkish Hezbollah" is not Lebanon's Hezbollah, so the codes must agree
    private Optional<ActorMatch> withNationality(List<String> words) {
        for (int n = 1; n < words.size() && n <= 3; n++) {
            AliasIndex.Hits country = index.spelled(words.subList(0, n));
            if (!country.isUnique() || country.actors().get(0).type() != ActorType.COUNTRY) continue;
            AliasIndex.Hits rest = index.lookup(words.subList(n, words.size()));
            if (rest.isUnique() && rest.actors().get(0).codeRoot().equals(country.actors().get(0).code()))
                return Optional.of(new ActorMatch(rest.actors().get(0), rest.kind()));
        }
        return Optional.empty();
    }

    // "Trump administration": the government of what the person leads; the tie that ends last wins
    private Optional<Actor> ledBy(Actor person, SectorNames.Sector sector) {
        Affiliation latest = null;
        for (Affiliation a : person.affiliations())
            if (a.relation() == Relation.LEADER_OF && (latest == null || end(a) >= end(latest))) latest = a;
        if (latest == null) return Optional.empty();
        return gazetteer.actor(latest.target()).map(t -> t.type() == ActorType.COUNTRY ? bodyOf(t, sector) : t);
    }

    private static int end(Affiliation a) {
        return a.years().map(y -> y.to().orElse(Integer.MAX_VALUE)).orElse(Integer.MAX_VALUE);
    }

    private Actor bodyOf(Actor country, SectorNames.Sector sector) {
        for (String suffix : sector.suffixes()) {
            Optional<Actor> body = gazetteer.actor(country.id() + "-" + suffix);
            if (body.isPresent()) return body.get();
        }
        String suffix = sector.suffixes().get(sector.suffixes().size() - 1);
        return new Actor(country.id() + "-" + suffix, country.name() + " " + sector.label(), sector.type(),
                country.code() + sector.cameo(), List.of(),
                List.of(new Affiliation(Relation.PART_OF, country.id(), Optional.empty())), Optional.empty());
    }
}

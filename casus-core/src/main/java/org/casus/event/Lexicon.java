package org.casus.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event lexicon ({@code lexicon.tsv}): the verbs and nouns that name CAMEO events, with the cues
 * that pick a more specific code ("attack" is 190, a rocket attack 194, an air attack 195).
 */
final class Lexicon {
    private final Map<String, List<LexiconEntry>> byLemma = new HashMap<>();
    private final Set<String> nouns = new HashSet<>();
    private final Set<String> adjuncts;

    /** @param adjuncts prepositions of time and cause, whose phrases are circumstances, not cues */
    Lexicon(CameoCatalog catalog, Set<String> adjuncts) {
        this.adjuncts = Set.copyOf(adjuncts);
        Map<String, Set<String>> sets = new HashMap<>();
        for (DataRows.Row row : DataRows.read("lexicon.tsv", 2)) {
            if (row.cell(0).startsWith("&")) {
                sets.put(row.cell(0), Set.of(row.cell(1).toLowerCase(Locale.ROOT).split("\\s+")));
                continue;
            }
            if (row.cells().size() < 4)
                throw row.error("want lemma, word class, cues and code");
            LexiconEntry entry = new LexiconEntry(row.cell(0).toLowerCase(Locale.ROOT), wordClass(row),
                    cues(row, sets), row.cell(3), row.where());
            catalog.require(entry.code(), row.where());
            byLemma.computeIfAbsent(entry.lemma(), k -> new ArrayList<>()).add(entry);
            if (entry.wordClass() != LexiconEntry.WordClass.VERB)
                nouns.add(entry.lemma());
        }
    }

    private static LexiconEntry.WordClass wordClass(DataRows.Row row) {
        return switch (row.cell(1)) {
            case "V" -> LexiconEntry.WordClass.VERB;
            case "N" -> LexiconEntry.WordClass.NOUN;
            case "*" -> LexiconEntry.WordClass.ANY;
            default -> throw row.error("word class '" + row.cell(1) + "' is not V, N or *");
        };
    }

    private static List<Cue> cues(DataRows.Row row, Map<String, Set<String>> sets) {
        String text = row.cell(2).toLowerCase(Locale.ROOT);
        if (text.equals("-"))
            return List.of();
        if (text.isEmpty())
            throw row.error("empty cue column (write - for none)");
        List<Cue> cues = new ArrayList<>();
        for (String part : text.split("\\s+")) {
            if (part.equals("@addressee")) {
                cues.add(new Cue(Cue.Kind.ADDRESSEE, Set.of()));
                continue;
            }
            if (part.equals("@envoy")) {
                Set<String> people = sets.get("&envoy");
                if (people == null)
                    throw row.error("@envoy needs the word set &envoy defined above this row");
                cues.add(new Cue(Cue.Kind.ENVOY, people));
                continue;
            }
            Cue.Kind kind = part.startsWith("^") ? Cue.Kind.GOVERNOR
                    : part.startsWith("@") ? Cue.Kind.RELATION
                    : part.startsWith("!") ? Cue.Kind.ABSENT
                    : part.startsWith("~") ? Cue.Kind.NOT_AS : Cue.Kind.DEPENDENT;
            String body = kind == Cue.Kind.DEPENDENT ? part : part.substring(1);
            Set<String> words = new LinkedHashSet<>();
            for (String w : body.split("\\|")) {
                if (w.startsWith("&")) {
                    Set<String> set = sets.get(w);
                    if (set == null)
                        throw row.error("word set " + w + " is not defined above this row");
                    words.addAll(set);
                } else if (!w.isEmpty())
                    words.add(w);
            }
            cues.add(new Cue(kind, words));
        }
        return cues;
    }

    /** Prepositions that put an event beside another: "killed in a strike", "ended with an attack". */
    private static final Set<String> MEANS = Set.of("in", "by", "with", "during");

    // "killed in a drone strike", "ended with a rocket attack": another event, not a cue for this one
    private boolean circumstance(SentenceTree tree, int child) {
        String r = tree.baseRelation(child);
        return (r.equals("obl") || r.equals("advcl")) && adjuncts.contains(tree.caseOf(child))
                || r.equals("obl") && MEANS.contains(tree.caseOf(child)) && namesEventNoun(tree.lemma(child));
    }

    /** Every code some row names. */
    Set<String> codes() {
        Set<String> codes = new HashSet<>();
        byLemma.values().forEach(rows -> rows.forEach(r -> codes.add(r.code())));
        return codes;
    }

    /** Whether some row names {@code lemma} at all, as a verb or a noun. */
    boolean namesEvent(String lemma) {
        return byLemma.containsKey(lemma);
    }

    /** Whether some row names {@code lemma} as an event noun ("attack", "ceasefire"). */
    boolean namesEventNoun(String lemma) {
        return nouns.contains(lemma);
    }

    /** The row that codes token {@code i}, with the dependents its cues matched; empty if none does. */
    Optional<Trigger> match(SentenceTree tree, int i) {
        List<LexiconEntry> entries = byLemma.get(tree.lemma(i));
        if (entries == null || tree.relation(i).equals("amod"))
            return Optional.empty(); // "Iran-backed militias": an adjective, not an act
        Trigger best = null;
        for (LexiconEntry entry : entries) {
            if (!entry.fits(tree, i))
                continue;
            Set<Integer> used = new HashSet<>();
            if (!allHold(entry, tree, i, used))
                continue;
            if (best == null || entry.cues().size() > best.entry().cues().size())
                best = new Trigger(i, entry, used);
        }
        return Optional.ofNullable(best);
    }

    private boolean allHold(LexiconEntry entry, SentenceTree tree, int i, Set<Integer> used) {
        for (Cue cue : entry.cues()) {
            Optional<Integer> at = holds(cue, tree, i);
            if (at.isEmpty())
                return false;
            if (at.get() != SentenceTree.NONE)
                used.add(at.get());
        }
        return true;
    }

    /** Where {@code cue} holds: the dependent it matched, NONE for the governor, empty if it fails. */
    private Optional<Integer> holds(Cue cue, SentenceTree tree, int i) {
        switch (cue.kind()) {
            case GOVERNOR -> {
                int g = tree.governor(i);
                if (g != SentenceTree.NONE && cue.words().contains(tree.lemma(g)))
                    return Optional.of(SentenceTree.NONE);
                // "vowed to wage war", tagged as if "wage" were a noun: the verb as a modifier after "to"
                for (int c : tree.children(i, "compound"))
                    if (c == i - 1 && c > 0 && tree.word(c - 1).equalsIgnoreCase("to") && cue.words().contains(tree.lemma(c)))
                        return Optional.of(c);
                return Optional.empty();
            }
            case RELATION -> {
                for (int c : tree.children(i))
                    for (String r : cue.words())
                        if (tree.relation(c).startsWith(r))
                            return Optional.of(c);
                return Optional.empty();
            }
            case ADDRESSEE -> {
                // a party, not a thing: one told to do something, or a name or pronoun
                boolean told = !tree.children(i, "xcomp", "ccomp").isEmpty()
                        || tree.children(i, "advcl").stream().anyMatch(c -> tree.caseOf(c).equals("to"));
                for (int c : tree.children(i, "obj", "iobj"))
                    if (!namesEventNoun(tree.lemma(c)) && (told || tree.isPronoun(c)
                            || !tree.token(c).ner().equals("O") || !tree.children(c, "ccomp").isEmpty()))
                        return Optional.of(c);
                return Optional.empty();
            }
            case ENVOY -> {
                for (int c : tree.children(i, "obj", "iobj", "nsubj:pass"))
                    if (tree.token(c).ner().equals("PERSON") || cue.words().contains(tree.lemma(c)))
                        return Optional.of(c);
                return Optional.empty();
            }
            case NOT_AS -> {
                return cue.words().contains(tree.baseRelation(i)) ? Optional.empty() : Optional.of(SentenceTree.NONE);
            }
            case ABSENT -> {
                for (int c : tree.children(i))
                    if (cue.words().contains(tree.lemma(c)) || cue.words().contains(tree.caseOf(c)))
                        return Optional.empty();
                return Optional.of(SentenceTree.NONE);
            }
            default -> {
                for (int c : tree.children(i)) {
                    if (tree.relation(c).equals("punct"))
                        continue;
                    // a word the row names is what the row is about, even an event ("charged with murder")
                    if (cue.words().contains(tree.lemma(c)))
                        return Optional.of(c);
                    if (circumstance(tree, c))
                        continue;
                    if (cue.words().contains(tree.caseOf(c)))
                        return Optional.of(c);
                    for (int g : tree.children(c, "compound", "nmod", "flat", "compound:prt"))
                        if (cue.words().contains(tree.lemma(g)))
                            return Optional.of(c);
                }
                return Optional.empty();
            }
        }
    }
}

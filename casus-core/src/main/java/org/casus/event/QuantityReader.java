package org.casus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the counts an event's sentence gives: numbers on the things used (rockets, missiles,
 * drones, troops), on the victims of killing, wounding and arrest, and a change "from 3,000 to 2,500".
 * Numbers come as the language layer normalised them ("seven" is 7, "3,000" is 3000).
 */
final class QuantityReader {
    private final Map<String, String> things = new TreeMap<>();
    private final Map<String, String> victims = new TreeMap<>();

    QuantityReader() {
        for (DataRows.Row row : DataRows.read("quantity-words.tsv", 3)) {
            Map<String, String> kind = switch (row.cell(0)) {
                case "thing" -> things;
                case "victims" -> victims;
                default -> throw row.error("kind '" + row.cell(0) + "' is not thing or victims");
            };
            for (String lemma : row.cell(2).split("\\s+"))
                if (kind.put(lemma, row.cell(1)) != null)
                    throw row.error("lemma '" + lemma + "' counted twice");
        }
    }

    /** The nouns of things counted: rockets, drones, troops. */
    Set<String> things() {
        return things.keySet();
    }

    /** The nouns of things counted, each with the name of its quantity ("katyusha": "rockets"). */
    Map<String, String> thingNames() {
        return Map.copyOf(things);
    }

    /**
     * Counts for the event word {@code p}, adding those of the words folded into it ("killed" and
     * "wounded" after "the attack").
     */
    Map<String, Long> read(SentenceTree tree, Predicate p, List<Integer> folded, Numbers numbers, Subjects subjects) {
        Map<String, Long> counts = new TreeMap<>();
        List<Integer> words = new ArrayList<>(List.of(p.head()));
        if (p.anchor() != p.head())
            words.add(p.anchor());
        words.addAll(folded);
        // "killed a child and wounded five civilians": a verb sharing the subject adds its toll
        for (int w : List.copyOf(words))
            for (int c : tree.children(w, "conj"))
                if (tree.isVerb(c) && tree.children(c, "nsubj", "nsubj:pass").isEmpty() && !words.contains(c))
                    words.add(c);
        for (int w : words) {
            things(tree, w, numbers, counts);
            victim(tree, w, numbers, subjects, counts);
            change(tree, w, numbers, counts);
        }
        return counts;
    }

    private void things(SentenceTree tree, int word, Numbers numbers, Map<String, Long> counts) {
        List<Integer> nouns = new ArrayList<>();
        for (int c : tree.children(word)) {
            nouns.add(c);
            nouns.addAll(tree.children(c, "nmod", "compound")); // "a volley of seven rockets"
        }
        nouns.add(word);
        if (tree.relation(word).equals("acl"))
            nouns.add(tree.governor(word)); // "eight rockets fired at the embassy"
        for (int n : nouns) {
            String key = things.get(tree.lemma(n));
            if (key != null)
                count(tree, n, numbers, false).ifPresent(v -> counts.merge(key, v, Math::max));
        }
    }

    private void victim(SentenceTree tree, int word, Numbers numbers, Subjects subjects, Map<String, Long> counts) {
        String key = victims.get(tree.lemma(word));
        if (key == null)
            return;
        Optional<Integer> victim;
        if (tree.isNoun(word))
            victim = tree.children(word, "nmod").stream().filter(c -> tree.caseOf(c).equals("of")).findFirst();
        else if (subjects.passive(tree, word))
            victim = subjects.passiveSubject(tree, word);
        else if (tree.lemma(word).equals("die") || tree.lemma(word).equals("dead"))
            victim = tree.child(word, "nsubj");
        else
            victim = tree.child(word, "obj");
        if (victim.isEmpty())
            return;
        long total = 0;
        List<Integer> all = new ArrayList<>(List.of(victim.get()));
        all.addAll(tree.children(victim.get(), "conj"));
        for (int v : all) {
            Optional<Long> n = count(tree, v, numbers, true);
            if (n.isEmpty())
                return; // "killed dozens and a child": one part without a count spoils the sum
            total += n.get();
        }
        counts.merge(key, total, Long::sum);
    }

    /** "reduce the number of troops from 3,000 to 2,500": troops_from 3000, troops_to 2500. */
    private void change(SentenceTree tree, int word, Numbers numbers, Map<String, Long> counts) {
        String what = "count";
        for (int c : tree.children(word, "obj"))
            for (int n : tree.subtree(c))
                if (things.containsKey(tree.lemma(n))) {
                    what = things.get(tree.lemma(n));
                    break;
                }
        for (int c : tree.children(word)) {
            String prep = tree.caseOf(c);
            if (!tree.baseRelation(c).equals("obl") || !prep.equals("from") && !prep.equals("to"))
                continue;
            Optional<Long> value = numbers.at(c);
            if (value.isEmpty()) // "to 3,200 soldiers"
                for (int n : tree.children(c, "nummod"))
                    value = value.or(() -> numbers.at(n));
            if (value.isPresent())
                counts.put(what + "_" + prep, value.get());
        }
    }

    /** The count a noun carries: its number, or 1 for a lone victim named in the singular. */
    private static Optional<Long> count(SentenceTree tree, int noun, Numbers numbers, boolean singularIsOne) {
        for (int c : tree.children(noun, "nummod"))
            if (numbers.at(c).isPresent())
                return numbers.at(c);
        String pos = tree.token(noun).pos();
        if (singularIsOne && (pos.equals("NN") || pos.equals("NNP")) && tree.children(noun, "nmod").stream()
                .noneMatch(c -> tree.caseOf(c).equals("of") && tree.token(c).pos().endsWith("S")))
            return Optional.of(1L);
        return Optional.empty();
    }
}

package org.casus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Annotated;
import org.casus.model.EventMention;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;

/**
 * Sentences that go on about the weapons of the attack just told: "A rocket attack hit the base on
 * Sunday. Three rockets fell short." or "... A few of the rockets killed a child." The first names no
 * event the lexicon knows, yet says how many rockets the attack used, and a count another source gives
 * differently is what a reader wants to see disputed; the second tells the attack's toll, not a
 * killing by some unnamed killer. Either becomes one more mention of the attack, with the attack's
 * code, actors, place, date and modality and the sentence's count or toll.
 *
 * <p>Only a sentence that opens with the count ("Three rockets", "at least seven Katyusha rockets")
 * and tells no violence of its own, or a violent mention without a doer whose subject holds the
 * weapon, follows up, and only on a violent event of the two sentences before it whose sentence
 * names the same weapon: "Two of the rockets" counts a part, and "3,000 troops" after an attack says
 * nothing of the attack.
 */
final class WeaponFollowUp {
    /** The quantities of {@code quantity-words.tsv} that are fired in an attack. */
    private static final Set<String> FIRED = Set.of("rockets", "missiles", "drones", "mortars", "shells", "bombs");
    /** How many sentences back the attack may be told. */
    private static final int REACH = 2;
    /** Words that may stand before the count at the opening of a sentence. */
    private static final Set<String> OPENING = Set.of("at", "least", "about", "around", "some", "nearly", "only",
            "more", "than", "up", "to", "the", "another", "a", "further", "``", "\"", "“");

    private final Map<String, String> things;

    /** @param things the counted nouns' lemmas, each with its quantity name */
    WeaponFollowUp(Map<String, String> things) {
        this.things = things;
    }

    /**
     * {@code coded} (in text order) with a mention added for each sentence that follows up with a
     * count, and each toll its weapons took told as the attack's.
     */
    List<EventMention> add(Annotated annotated, List<EventMention> coded) {
        List<EventMention> out = new ArrayList<>(coded.size());
        for (EventMention m : coded)
            out.add(toll(annotated, coded, m).orElse(m));
        for (Sentence s : annotated.sentences()) {
            if (coded.stream().anyMatch(m -> m.sentence() == s.index() && violent(m)))
                continue;
            Optional<Count> count = opening(s, new Numbers(s, annotated.entities()));
            if (count.isEmpty())
                continue;
            attack(annotated, coded, s.index(), count.get().lemma())
                    .map(attack -> followUp(annotated, s, attack, count.get()))
                    .ifPresent(out::add);
        }
        out.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence())
                : Integer.compare(a.trigger().start(), b.trigger().start()));
        return out;
    }

    private record Count(int noun, String lemma, String quantity, long value) {
    }

    /** The attack's mention for a doerless violence whose subject is the attack's weapon ("the rockets killed a child"). */
    private Optional<EventMention> toll(Annotated annotated, List<EventMention> coded, EventMention m) {
        // a sentence with a place, a day or a victim of its own may tell another attack ("rockets also hit Erbil")
        if (!violent(m) || m.source().isPresent() || m.location().isPresent() || !m.dateText().isEmpty())
            return Optional.empty();
        Sentence s = annotated.sentences().get(m.sentence());
        SentenceTree tree = new SentenceTree(s);
        int trigger = -1;
        for (int i = 0; i < s.tokens().size(); i++)
            if (s.tokens().get(i).span().equals(m.trigger()))
                trigger = i;
        if (trigger < 0)
            return Optional.empty();
        // the weapon in the subject, or, where the parse went astray, in the words the sentence opens
        // with before its first verb ("A few of the rockets that landed ... killed a child")
        List<Integer> subject = new ArrayList<>();
        for (int c : tree.children(trigger, "nsubj"))
            subject.addAll(tree.subtree(c));
        for (int i = 0; i < trigger && !tree.isVerb(i); i++)
            subject.add(i);
        for (int w : subject) {
            String lemma = tree.lemma(w);
            String quantity = things.get(lemma);
            if (quantity == null || !FIRED.contains(quantity))
                continue;
            return attack(annotated, coded, m.sentence(), lemma)
                    .filter(attack -> m.target().isEmpty() || m.target().equals(attack.target())).map(attack -> {
                String id = EventMention.idOf(m.article(), m.span(), m.trigger(), attack.code(), attack.source(),
                        attack.target());
                return new EventMention(id, m.article(), m.sentence(), m.quote(), m.span(), m.trigger(),
                        attack.type(), attack.source(), attack.target(), attack.location(), attack.locationId(),
                        attack.date(), attack.datePrecision(), attack.dateText(), attack.modality(),
                        attack.attributedTo(), m.quantities(), Optional.empty());
            });
        }
        return Optional.empty();
    }

    /** The count the sentence opens with, on a weapon noun. */
    private Optional<Count> opening(Sentence s, Numbers numbers) {
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size() && OPENING.contains(tokens.get(i).word().toLowerCase()))
            i++;
        if (i >= tokens.size() || numbers.at(i).isEmpty())
            return Optional.empty();
        long value = numbers.at(i).get();
        // "three Katyusha rockets", "seven BM-21 rockets": names and models between count and noun
        for (int n = i + 1; n < tokens.size() && n <= i + 3; n++) {
            Token t = tokens.get(n);
            String lemma = t.lemma().toLowerCase();
            String quantity = things.get(lemma);
            if (quantity != null && FIRED.contains(quantity) && t.pos().startsWith("NN"))
                return Optional.of(new Count(n, lemma, quantity, value));
            if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ") && !t.pos().equals("CD"))
                return Optional.empty();
        }
        return Optional.empty();
    }

    /** The latest violent event of the sentences just before, told in a sentence naming the weapon. */
    private static Optional<EventMention> attack(Annotated annotated, List<EventMention> coded, int sentence, String lemma) {
        EventMention found = null;
        for (EventMention m : coded) {
            int back = sentence - m.sentence();
            if (back < 1 || back > REACH || !violent(m) || !m.modality().happened())
                continue;
            boolean named = annotated.sentences().get(m.sentence()).tokens().stream()
                    .anyMatch(t -> t.lemma().toLowerCase().equals(lemma));
            if (named && (found == null || m.sentence() >= found.sentence()))
                found = m;
        }
        return Optional.ofNullable(found);
    }

    private static EventMention followUp(Annotated annotated, Sentence s, EventMention attack, Count count) {
        Span trigger = s.tokens().get(count.noun()).span();
        String quote = s.span().cut(annotated.article().text());
        String id = EventMention.idOf(attack.article(), s.span(), trigger, attack.code(), attack.source(), attack.target());
        return new EventMention(id, attack.article(), s.index(), quote, s.span(), trigger, attack.type(),
                attack.source(), attack.target(), attack.location(), attack.locationId(), attack.date(),
                attack.datePrecision(), attack.dateText(), attack.modality(), attack.attributedTo(),
                Map.of(count.quantity(), count.value()), Optional.empty());
    }

    private static boolean violent(EventMention m) {
        String root = m.type().root();
        return root.equals("18") || root.equals("19") || root.equals("20");
    }
}

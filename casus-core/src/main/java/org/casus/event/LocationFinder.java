package org.casus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.ActorMention;
import org.casus.model.Span;

/**
 * Finds where an event took place: a place after "in", "at", "near", "outside"... attached to the
 * event word or its light verb, else one that places its target ("the embassy in Baghdad"), else
 * the target itself when it is a place ("rockets hit the Green Zone", "visited Baghdad").
 */
final class LocationFinder {

    /** A place as written, with the actor mention over it when it is a known place. */
    record Place(String text, Optional<ActorMention> mention) {
    }

    private final WordLists arguments;

    LocationFinder(WordLists arguments) {
        this.arguments = arguments;
    }

    /**
     * @param targets phrases that may name the target; a place among them ("hit the Green Zone")
     *                is where it happened. A demonym ("Americans") is no place.
     */
    Optional<Place> find(SentenceTree tree, Predicate p, List<Integer> targets, ActorIndex actors, String text) {
        List<Integer> around = new ArrayList<>(List.of(p.head(), p.anchor()));
        for (int o : tree.children(p.anchor(), "obj")) // "signed an agreement ... in Amman"
            around.addAll(ArgumentFinder.nominalPhrase(tree, o));
        // a visit or a deployment happens where it goes: "sent troops to Mosul"
        boolean moves = p.root().equals("04") || p.root().equals("15");
        for (int at : around) {
            Optional<Place> place = placeUnder(tree, at, actors, text, moves);
            if (place.isPresent())
                return place;
        }
        // a place acted on is where a deed happened ("hit the Green Zone", "visited Baghdad"); a
        // warning or an appeal to Iran did not happen in Iran
        boolean deed = p.root().equals("04") || p.root().compareTo("14") >= 0;
        for (int t : deed ? targets : List.<Integer>of()) {
            Optional<Place> place = placeUnder(tree, t, actors, text, false);
            if (place.isEmpty() && isPlace(tree, t, actors) && tree.token(t).ner().equals("LOCATION"))
                place = Optional.of(place(tree, t, actors, text));
            if (place.isPresent())
                return place;
        }
        return Optional.empty();
    }

    private Optional<Place> placeUnder(SentenceTree tree, int head, ActorIndex actors, String text, boolean moves) {
        for (int c : tree.children(head)) {
            String r = tree.baseRelation(c);
            boolean where = arguments.in(tree.caseOf(c), "PLACE") || moves && arguments.in(tree.caseOf(c), "DESTINATION");
            if ((r.equals("obl") || r.equals("nmod")) && where && isPlace(tree, c, actors))
                return Optional.of(place(tree, c, actors, text));
        }
        return Optional.empty();
    }

    // a known place, a word the language layer calls a location, or an unknown proper name; a
    // known actor that is no place ("the White House" as the government) is none
    private static boolean isPlace(SentenceTree tree, int i, ActorIndex actors) {
        if (actors.place(i).isPresent() || tree.token(i).ner().equals("LOCATION"))
            return true;
        return actors.at(i).isEmpty() && tree.token(i).pos().startsWith("NNP") && tree.token(i).ner().equals("O");
    }

    private static Place place(SentenceTree tree, int head, ActorIndex actors, String text) {
        Optional<ActorMention> mention = actors.place(head);
        if (mention.isPresent())
            return new Place(mention.get().text(), mention);
        // the proper name around the head: "the Green Zone", "Fallujah"
        int first = head;
        int last = head;
        for (int c : tree.children(head, "compound", "flat", "amod"))
            if (tree.token(c).pos().startsWith("NNP") || !tree.token(c).ner().equals("O") || capitalised(tree, c)) {
                first = Math.min(first, c);
                last = Math.max(last, c);
            }
        return new Place(new Span(tree.token(first).span().start(), tree.token(last).span().end()).cut(text),
                owner(tree, head, actors));
    }

    /**
     * The known place an unknown one lies in, as its owner says: "the Iraqi capital's Green Zone" lies
     * in Iraq, "Baghdad's Green Zone" in Baghdad. Its id then places the event, coarser but true.
     */
    private static Optional<ActorMention> owner(SentenceTree tree, int head, ActorIndex actors) {
        for (int c : tree.children(head, "nmod:poss", "amod")) {
            Optional<ActorMention> own = actors.place(c);
            if (own.isPresent())
                return own;
            for (int g : tree.children(c, "amod", "compound", "nmod:poss"))
                if (actors.place(g).isPresent())
                    return actors.place(g);
        }
        return Optional.empty();
    }

    // a nationality ("the Iraqi capital") is a capitalised adjective the tagger's classes leave out
    private static boolean capitalised(SentenceTree tree, int i) {
        String word = tree.token(i).word();
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}

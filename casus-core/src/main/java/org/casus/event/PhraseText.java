package org.casus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casus.model.Span;

/**
 * The words of a noun phrase as the article writes them, without what trails after its core: "two
 * senior Iraqi Shiite politicians" from "... politicians who attended the meetings in Baghdad".
 */
final class PhraseText {
    /** Dependents that belong to the core of a noun phrase. */
    private static final Set<String> CORE = Set.of("det", "amod", "compound", "nummod", "nmod:poss", "flat",
            "advmod", "case", "punct", "nmod", "dep");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private PhraseText() {
    }

    static String of(SentenceTree tree, int head, String text) {
        List<Integer> kept = new ArrayList<>();
        collect(tree, head, true, kept);
        int first = kept.stream().min(Integer::compare).orElse(head);
        int last = kept.stream().max(Integer::compare).orElse(head);
        while (first < head && (ARTICLES.contains(tree.word(first)) || tree.token(first).pos().equals(",")))
            first++;
        while (last > head && !Character.isLetterOrDigit(tree.token(last).word().charAt(0)))
            last--;
        return new Span(tree.token(first).span().start(), tree.token(last).span().end()).cut(text);
    }

    private static void collect(SentenceTree tree, int at, boolean top, List<Integer> kept) {
        kept.add(at);
        for (int c : tree.children(at)) {
            String r = tree.relation(c);
            boolean inCore = CORE.contains(r) && (!r.equals("nmod") || tree.caseOf(c).equals("of"));
            // not "according to" before the phrase, nor a comma that opens an aside after it
            boolean outside = top && (r.equals("punct") || r.equals("case") || r.equals("dep"));
            if (inCore && !outside)
                collect(tree, c, false, kept);
        }
    }
}

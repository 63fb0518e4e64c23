package org.casus.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Article;
import org.casus.model.Span;

/**
 * An ECB+ document as an article Casus can read: the tokens joined by single spaces, each corpus
 * sentence a paragraph of its own (a blank line between), so Casus never runs a sentence across
 * the corpus's sentence ends. Keeps where each token stands, to map Casus's spans back to tokens.
 */
final class EcbText {
    private final EcbDocument document;
    private final Article article;
    private final Map<Integer, Span> spans;

    private EcbText(EcbDocument document, Article article, Map<Integer, Span> spans) {
        this.document = document;
        this.article = article;
        this.spans = spans;
    }

    static EcbText of(EcbDocument document) {
        StringBuilder text = new StringBuilder();
        Map<Integer, Span> spans = new LinkedHashMap<>();
        int sentence = -1;
        for (EcbToken token : document.tokens()) {
            if (!text.isEmpty())
                text.append(token.sentence() == sentence ? " " : "\n\n");
            sentence = token.sentence();
            spans.put(token.id(), new Span(text.length(), text.length() + token.word().length()));
            text.append(token.word());
        }
        // ECB+ gives no publication dates, so relative dates stay unresolved
        Article article = new Article(document.id(), document.id() + ".xml", Optional.empty(), Optional.empty(), "",
                Optional.empty(), Optional.empty(), Optional.of("en"), text.toString(), Optional.empty());
        return new EcbText(document, article, spans);
    }

    EcbDocument document() {
        return document;
    }

    Article article() {
        return article;
    }

    /** Where token {@code id} stands in the article text; empty for a token the text leaves out. */
    Optional<Span> span(int id) {
        return Optional.ofNullable(spans.get(id));
    }

    /** The tokens that share at least one character with {@code span}, in text order. */
    List<EcbToken> tokensOverlapping(Span span) {
        List<EcbToken> found = new ArrayList<>();
        for (EcbToken token : document.tokens()) {
            if (spans.get(token.id()).overlaps(span))
                found.add(token);
        }
        return found;
    }
}

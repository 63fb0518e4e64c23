package org.casus.model;

import java.util.Objects;

/**
 * One token of an article.
 *
 * @param word   the token exactly as it stands in the text ({@code span.cut(article.text())})
 * @param lemma  its dictionary form ("said" gives "say"); the word itself when lemmas were not made
 * @param pos    Penn Treebank part-of-speech tag ("NNP", "VBD"); empty when not tagged
 * @param ner    named-entity tag of this token ("PERSON", "DATE", ...), "O" outside any entity
 * @param span   where it stands in {@link Article#text()}
 */
public record Token(String word, String lemma, String pos, String ner, Span span) {

    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
        Objects.requireNonNull(span, "span");
        if (word.length() != span.length())
            throw new IllegalArgumentException("token '" + word + "' does not fit its span " + span);
    }
}

package org.casus.bench;

/**
 * One token of an ECB+ document.
 *
 * @param id       its {@code t_id}, the number mentions anchor to
 * @param sentence the sentence index within the document, as the corpus numbers it
 * @param word     the token's text
 */
record EcbToken(int id, int sentence, String word) {
}

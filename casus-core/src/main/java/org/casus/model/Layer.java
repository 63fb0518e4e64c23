package org.casus.model;

/** The kinds of analysis an NLP backend can add to an article; later stages declare which they need. */
public enum Layer {
    TOKENS, SENTENCES, POS, LEMMAS, ENTITIES, TIMEX, DEPENDENCIES
}

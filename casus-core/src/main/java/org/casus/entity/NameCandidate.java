package org.casus.entity;

import org.casus.model.Span;

/** A stretch of an article that may name an actor, with the named-entity class the tagger gave it. */
record NameCandidate(Span span, String text, String nerType) {
}

package org.casus.model;

import java.util.Objects;

/**
 * One edge of a sentence's dependency tree (Universal Dependencies, basic: every token has one head).
 *
 * @param governor  index of the head in {@link Sentence#tokens()}, or {@link #ROOT} for the root edge
 * @param dependent index of the dependent in {@link Sentence#tokens()}
 * @param relation  the UD relation with its subtype, such as "nsubj", "obl:tmod", "root"
 */
public record Dependency(int governor, int dependent, String relation) {
    /** The governor of the sentence's root word. */
    public static final int ROOT = -1;

    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (governor < ROOT || dependent < 0 || governor == dependent)
            throw new IllegalArgumentException("invalid edge " + governor + " -" + relation + "-> " + dependent);
    }

    public boolean isRoot() {
        return governor == ROOT;
    }
}

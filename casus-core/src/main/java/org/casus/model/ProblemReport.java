package org.casus.model;

/** Where stages hand the problems they recover from; the command line prints and counts them. */
@FunctionalInterface
public interface ProblemReport {
    void report(Problem problem);

    default void report(String input, String reason) {
        report(new Problem(input, reason));
    }
}

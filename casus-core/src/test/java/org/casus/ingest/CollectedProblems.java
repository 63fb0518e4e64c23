package org.casus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casus.model.Problem;
import org.casus.model.ProblemReport;

/** A problem report that keeps what it is told, for tests to look at. */
final class CollectedProblems implements ProblemReport {
    private final List<Problem> problems = new ArrayList<>();

    @Override
    public void report(Problem problem) {
        problems.add(problem);
    }

    List<Problem> all() {
        return List.copyOf(problems);
    }

    List<String> lines() {
        return problems.stream().map(Problem::toString).toList();
    }

    /** How many problems each input got; the contract is at most one. */
    Map<String, Long> perInput() {
        return problems.stream().collect(Collectors.groupingBy(Problem::input, Collectors.counting()));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }
}

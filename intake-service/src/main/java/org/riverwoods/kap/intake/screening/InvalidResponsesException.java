package org.riverwoods.kap.intake.screening;

import java.util.List;
import java.util.stream.Collectors;

import org.riverwoods.kap.kit.problem.Problem;

/**
 * A response set that cannot be scored, with every problem found in it (not just the first), so
 * that a form can mark all wrong items at once. Meant to answer 400 problem+json. The messages
 * name items and the values allowed, never the values sent.
 */
public class InvalidResponsesException extends RuntimeException {

    private final transient List<Problem.Violation> violations;

    public InvalidResponsesException(List<Problem.Violation> violations) {
        super(describe(violations), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    private static String describe(List<Problem.Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }
}

package org.riverwoods.kap.intake.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.riverwoods.kap.kit.problem.Problem;

/**
 * Checks a response set against its instrument before anything is scored: the number of answers
 * and the answers each item accepts. Every problem is reported, not only the first.
 *
 * <p>Fields are JSON paths into the request, so {@code answers[8]} is the ninth answer (as
 * elsewhere in the API, array indices start at 0); messages speak of items as the printed form
 * numbers them, "item 9 must be one of 0, 2, 4".
 */
public final class ResponseSetValidator {

    private ResponseSetValidator() {
    }

    /** Every problem in {@code answers}; empty if they can be scored. */
    public static List<Problem.Violation> violations(Instrument instrument, List<Integer> answers) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (instrument == null) {
            violations.add(new Problem.Violation("instrument", "must not be null"));
        }
        if (answers == null) {
            violations.add(new Problem.Violation("answers", "must not be null"));
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        if (answers.size() != instrument.itemCount()) {
            violations.add(new Problem.Violation("answers", "must have " + instrument.itemCount()
                    + " answers, one per " + instrument.displayName() + " item"));
        }
        // Items that are present are still checked, so a short form shows all its wrong answers too.
        for (int index = 0; index < Math.min(answers.size(), instrument.itemCount()); index++) {
            int item = index + 1;
            Integer answer = answers.get(index);
            List<Integer> allowed = instrument.allowedValues(item);
            if (answer == null) {
                violations.add(new Problem.Violation(field(index), "item " + item + " must be answered: one of "
                        + listed(allowed)));
            } else if (!allowed.contains(answer)) {
                violations.add(new Problem.Violation(field(index), "item " + item + " must be one of " + listed(allowed)));
            }
        }
        return violations;
    }

    /** Throws {@link InvalidResponsesException} with every problem if {@code answers} cannot be scored. */
    public static void requireValid(Instrument instrument, List<Integer> answers) {
        List<Problem.Violation> violations = violations(instrument, answers);
        if (!violations.isEmpty()) {
            throw new InvalidResponsesException(violations);
        }
    }

    private static String field(int index) {
        return "answers[" + index + "]";
    }

    private static String listed(List<Integer> allowed) {
        return allowed.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}

package org.riverwoods.kap.infusion.session;

import java.util.List;

import org.riverwoods.kap.kit.problem.Problem;
import org.riverwoods.kap.kit.problem.ProblemException;

/** A failed safety gate the staff can fix on the spot: 409 naming every failed item. */
final class GateProblem {

    private GateProblem() {
    }

    static ProblemException of(List<PreAssessmentRecord.Finding> findings) {
        String detail = "Safety gate not passed: "
                + String.join("; ", findings.stream().map(f -> f.check() + ": " + f.message()).toList());
        return new ProblemException(Problem.of(InfusionProblem.SAFETY_GATE_FAILED, detail,
                findings.stream().map(f -> new Problem.Violation(f.check(), f.message())).toList()));
    }
}

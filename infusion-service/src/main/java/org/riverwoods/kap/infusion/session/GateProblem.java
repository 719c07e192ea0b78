package org.riverwoods.kap.infusion.session;

import java.util.List;

import org.riverwoods.kap.kit.problem.Problem;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemKind;

/** A failed safety gate the staff can fix on the spot: 409 naming every failed item. */
final class GateProblem {

    /** infusion-service's own kind of problem, beside the kit's technical ones. */
    static final ProblemKind SAFETY_GATE_FAILED = ProblemKind.of("SAFETY_GATE_FAILED", 409, "Safety gate not passed");

    private GateProblem() {
    }

    static ProblemException of(List<PreAssessmentRecord.Finding> findings) {
        String detail = "Safety gate not passed: "
                + String.join("; ", findings.stream().map(f -> f.check() + ": " + f.message()).toList());
        return new ProblemException(Problem.of(SAFETY_GATE_FAILED, detail,
                findings.stream().map(f -> new Problem.Violation(f.check(), f.message())).toList()));
    }
}

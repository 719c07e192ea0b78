package org.riverwoods.kap.infusion.session;

import java.util.List;

import org.riverwoods.kap.infusion.web.Problem;
import org.riverwoods.kap.infusion.web.ProblemException;
import org.riverwoods.kap.infusion.web.ProblemType;

/** A failed safety gate the staff can fix on the spot: 409 naming every failed item. */
final class GateProblem {

    private GateProblem() {
    }

    static ProblemException of(List<PreAssessmentRecord.Finding> findings) {
        String detail = "Safety gate not passed: "
                + String.join("; ", findings.stream().map(f -> f.check() + ": " + f.message()).toList());
        return new ProblemException(new Problem(ProblemType.SAFETY_GATE_FAILED.uri(),
                ProblemType.SAFETY_GATE_FAILED.title(), 409, detail,
                findings.stream().map(f -> new Problem.Violation(f.check(), f.message())).toList()));
    }
}

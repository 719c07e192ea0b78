package org.riverwoods.kap.infusion.session;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.riverwoods.kap.infusion.safety.InvalidVitalsException;
import org.riverwoods.kap.kit.problem.Problem;
import org.riverwoods.kap.kit.problem.ProblemTranslator;
import org.riverwoods.kap.kit.problem.ProblemType;

/** A reading no monitor could produce: the nurse checks it by hand; nothing was stored. */
@ApplicationScoped
public class VitalsProblems implements ProblemTranslator {

    @Override
    public Optional<Problem> translate(Throwable failure) {
        if (!(failure instanceof InvalidVitalsException e)) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(ProblemType.VALIDATION_FAILED,
                "Implausible vital signs; check the reading by hand: " + String.join("; ", e.problems()),
                e.problems().stream().map(p -> new Problem.Violation(p.split(" ")[0], p)).toList()));
    }
}

package org.riverwoods.kap.intake.screening;

import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.riverwoods.kap.kit.problem.Problem;
import org.riverwoods.kap.kit.problem.ProblemTranslator;
import org.riverwoods.kap.kit.problem.ProblemType;

/** Answers that cannot be scored: 400 naming every wrong item, so a form can mark them all at once. */
@ApplicationScoped
public class ResponseProblems implements ProblemTranslator {

    @Override
    public Optional<Problem> translate(Throwable failure) {
        if (!(failure instanceof InvalidResponsesException e)) {
            return Optional.empty();
        }
        String detail = e.violations().stream().map(v -> v.field() + " " + v.message())
                .collect(Collectors.joining("; "));
        return Optional.of(Problem.of(ProblemType.VALIDATION_FAILED, detail, e.violations()));
    }
}

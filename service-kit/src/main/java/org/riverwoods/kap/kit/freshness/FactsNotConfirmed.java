package org.riverwoods.kap.kit.freshness;

import org.riverwoods.kap.kit.problem.Problem;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemKind;

/**
 * This service could not confirm, in the time allowed, that it has applied every event about the
 * patient published so far: a decision now could rest on a stale copy. Nothing was changed; the
 * client may retry (503 with Retry-After).
 */
public class FactsNotConfirmed extends ProblemException {

    public static final ProblemKind KIND = ProblemKind.of("FACTS_NOT_CONFIRMED", 503,
            "Current facts not confirmed");

    public FactsNotConfirmed(String decision, String behind) {
        this(Problem.of(KIND, "Cannot " + decision + " yet: this service has not confirmed it holds the latest "
                + behind + " for this patient. Nothing was changed; retry in a moment"));
    }

    private FactsNotConfirmed(Problem problem) {
        super(problem);
    }

    /** An event about the patient's {@code facts} could not be applied and waits for an administrator's replay. */
    static FactsNotConfirmed awaitingReplay(String decision, String facts) {
        return new FactsNotConfirmed(Problem.of(KIND, "Cannot " + decision + ": an event about this patient's "
                + facts + " could not be applied and awaits replay by an administrator (dead letters). Nothing"
                + " was changed"));
    }
}

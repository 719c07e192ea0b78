package org.riverwoods.kap.intake.eligibility;

import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision on a contraindication screen, always with the reasons that led to it. */
@Schema(name = "EligibilityAssessment", description = "Ketamine eligibility decision and its reasons")
public record EligibilityAssessment(EligibilityDecision decision, List<EligibilityReason> reasons) {

    public EligibilityAssessment {
        Objects.requireNonNull(decision, "decision");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A decision always comes with its reasons");
        }
    }

    /** The reason codes in order, e.g. for an event payload. */
    public List<String> reasonCodes() {
        return reasons.stream().map(EligibilityReason::code).toList();
    }
}

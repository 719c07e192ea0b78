package org.riverwoods.kap.intake.eligibility;

import java.util.List;

import org.riverwoods.kap.intake.events.EligibilityDecided;
import org.riverwoods.kap.intake.events.IntakeCompleted;

public final class EligibilityMapper {

    private EligibilityMapper() {
    }

    static EligibilityView toView(IntakeEligibility e) {
        EligibilityView.Override override = e.overrideDecision == null ? null
                : new EligibilityView.Override(e.overrideDecision, e.overrideJustification, e.overriddenBy,
                        e.overriddenAt);
        return new EligibilityView(e.intakeId, e.patientId, e.effectiveDecision(), e.decision, e.reasons, e.screen,
                e.assessedAt, override, e.version);
    }

    static EligibilityDecided decided(IntakeEligibility e) {
        return new EligibilityDecided(e.intakeId, e.patientId, e.effectiveDecision().name(), e.decision.name(),
                e.overrideDecision != null, reasons(e.reasons),
                e.overriddenAt != null ? e.overriddenAt : e.assessedAt);
    }

    /** For IntakeCompleted. */
    public static IntakeCompleted.Eligibility forCompletion(IntakeEligibility e) {
        return new IntakeCompleted.Eligibility(e.effectiveDecision().name(), e.overrideDecision != null,
                reasons(e.reasons));
    }

    private static List<IntakeCompleted.Reason> reasons(List<EligibilityReason> reasons) {
        return reasons.stream().map(r -> new IntakeCompleted.Reason(r.code(), r.severity().name(), r.description()))
                .toList();
    }
}

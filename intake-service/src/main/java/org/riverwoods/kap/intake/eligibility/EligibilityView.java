package org.riverwoods.kap.intake.eligibility;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Eligibility", description = "Ketamine eligibility of an intake, always with its reasons")
public record EligibilityView(UUID intakeId, UUID patientId,
        @Schema(description = "The decision in force: the override if a prescriber made one") EligibilityDecision decision,
        @Schema(description = "What the rules decided from the screen") EligibilityDecision computedDecision,
        List<EligibilityReason> reasons, ContraindicationScreen screen, Instant assessedAt, Override override,
        long version) {

    @Schema(name = "EligibilityOverride")
    public record Override(EligibilityDecision decision, String justification, String prescriber, Instant at) {
    }
}

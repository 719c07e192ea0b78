package org.riverwoods.kap.intake.eligibility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OverrideRequest", description = "A prescriber's override of the computed eligibility decision")
public record OverrideRequest(@NotNull EligibilityDecision decision,
        @NotBlank @Size(max = 2000) @Schema(description = "The clinical justification; kept and audited") String justification) {
}

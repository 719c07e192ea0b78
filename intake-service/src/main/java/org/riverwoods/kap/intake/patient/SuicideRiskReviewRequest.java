package org.riverwoods.kap.intake.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SuicideRiskReviewRequest")
public record SuicideRiskReviewRequest(@NotNull SuicideRiskReview.Outcome outcome,
        @NotBlank @Size(max = 4000) @Schema(description = "The clinician's note of the assessment; stays in intake") String note) {
}

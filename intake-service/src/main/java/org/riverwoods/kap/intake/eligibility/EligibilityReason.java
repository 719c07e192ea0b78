package org.riverwoods.kap.intake.eligibility;

import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One reason behind an eligibility decision. The code is stable (clients and events switch on it);
 * the description is for the clinician and may quote measured blood pressure or a dose, never
 * anything that identifies the patient.
 */
@Schema(name = "EligibilityReason", description = "One reason behind a ketamine eligibility decision")
public record EligibilityReason(
        @Schema(description = "Stable code, e.g. BLOOD_PRESSURE_ABOVE_REVIEW") String code,
        ReasonSeverity severity,
        @Schema(description = "What was found, for the clinician") String description) {

    public EligibilityReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(description, "description");
    }

    static EligibilityReason excludes(String code, String description) {
        return new EligibilityReason(code, ReasonSeverity.EXCLUDES, description);
    }

    static EligibilityReason needsReview(String code, String description) {
        return new EligibilityReason(code, ReasonSeverity.NEEDS_REVIEW, description);
    }
}

package org.riverwoods.kap.treatment.risk;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SuicideRisk", description = "The patient's suicide risk from PHQ-9 item 9, at intake or during "
        + "treatment, and its latest clinician review; timestamps UTC")
public record SuicideRiskView(
        @Schema(description = "True while no clinician review is at or after the latest flag: same-day follow-up is due") boolean open,
        @Schema(description = "When the latest flag was raised") Instant flaggedAt,
        @Schema(description = "Where the latest flag was raised") FlagSource source,
        @Schema(description = "When a clinician last reviewed the risk; null if never", nullable = true) Instant reviewedAt,
        @Schema(description = "What that review concluded; null if never reviewed", nullable = true) ReviewOutcome reviewOutcome) {

    /** Null when the patient was never flagged (a review alone shows nothing). */
    static SuicideRiskView of(SuicideRisk risk) {
        return risk == null || risk.flaggedAt == null ? null
                : new SuicideRiskView(risk.isOpen(), risk.flaggedAt, risk.source, risk.reviewedAt, risk.reviewOutcome);
    }
}

package org.riverwoods.kap.outcomes.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.riverwoods.kap.outcomes.measures.RelapseOutcome;
import org.riverwoods.kap.outcomes.measures.WindowFigures;

@Schema(name = "PatientOutcomes", description = "Computed from the diary and the plan, as of a date")
public record PatientOutcomes(UUID patientId, String templateCode, String primarySubstance, String relapseRule,
        LocalDate planStartedOn, LocalDate asOf,
        @Schema(description = "The baseline window before treatment (kap.clinical.outcomes.baseline-window-days)") WindowFigures baseline,
        @Schema(description = "Rolling windows from day 0 (kap.clinical.outcomes.follow-up-window-days); the last may be partial")
        List<WindowFigures> followUp,
        @Schema(description = "By the relapse rule of the patient's protocol template; null before day 0") RelapseOutcome relapse,
        @Schema(description = "Everything since the start, as one window; null before day 0") WindowFigures sinceStart,
        @Schema(description = "Intake PHQ-9 against the latest PHQ-9 in treatment; null until both exist")
        org.riverwoods.kap.outcomes.measures.InstrumentChange.Phq9Outcome phq9) {
}

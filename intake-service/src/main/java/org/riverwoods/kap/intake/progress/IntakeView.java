package org.riverwoods.kap.intake.progress;

import org.riverwoods.kap.intake.intake.IntakeStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Intake", description = "An intake and what it still needs before it can complete")
public record IntakeView(UUID id, UUID patientId, IntakeStatus status, Instant startedAt, Instant completedAt,
        @Schema(description = "Latest score of each instrument") List<InstrumentScore> scores,
        @Schema(description = "Effective eligibility decision, if the contraindication screen is in") String eligibility,
        boolean treatmentConsentActive,
        @Schema(description = "What is missing before the intake can complete; empty when it can") List<IntakeRequirement> missing,
        long version) {

    @Schema(name = "InstrumentScore")
    public record InstrumentScore(String instrument, String loincCode, int total, String band, List<String> flags,
            Instant administeredAt) {
    }
}

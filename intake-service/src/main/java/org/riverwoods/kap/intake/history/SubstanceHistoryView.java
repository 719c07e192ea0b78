package org.riverwoods.kap.intake.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubstanceHistory")
public record SubstanceHistoryView(UUID intakeId, UUID patientId, Substance primarySubstance,
        List<Substance> secondarySubstances, List<SubstanceUse> substances, int priorTreatmentEpisodes,
        List<Medication> currentMedications,
        @Schema(description = "Sum of the benzodiazepines' lorazepam-equivalent doses, mg/day") BigDecimal benzodiazepineLorazepamEquivalentMgPerDay,
        Instant recordedAt, long version) {
}

package org.riverwoods.kap.intake.history;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubstanceHistoryRequest", description = "Substance-use history taken at intake")
public record SubstanceHistoryRequest(
        @NotNull @Schema(description = "The substance treatment is for; must be among substances") Substance primarySubstance,
        @NotEmpty @Size(max = 8) List<@Valid @NotNull SubstanceUse> substances,
        @NotNull @Min(0) @Max(100) Integer priorTreatmentEpisodes,
        @NotNull @Size(max = 30) List<@Valid @NotNull Medication> currentMedications) {
}

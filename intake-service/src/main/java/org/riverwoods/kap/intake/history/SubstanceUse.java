package org.riverwoods.kap.intake.history;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubstanceUse", description = "Use of one substance")
public record SubstanceUse(
        @NotNull Substance substance,
        @NotNull @Min(0) @Max(30) @Schema(description = "Days used in the last 30") Integer daysUsedLast30,
        @PastOrPresent @Schema(description = "Date of last use, YYYY-MM-DD") LocalDate lastUseOn,
        @NotNull RouteOfUse route) {
}

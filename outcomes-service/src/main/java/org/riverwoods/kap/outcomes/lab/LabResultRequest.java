package org.riverwoods.kap.outcomes.lab;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LabResultRequest")
public record LabResultRequest(@NotNull @PastOrPresent LocalDate collectedOn, @NotNull Analyte analyte,
        @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 1) BigDecimal valueNgPerMl,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000") @Digits(integer = 7, fraction = 1)
        @Schema(description = "The laboratory's cut-off for this analyte, ng/mL") BigDecimal cutoffNgPerMl) {
}

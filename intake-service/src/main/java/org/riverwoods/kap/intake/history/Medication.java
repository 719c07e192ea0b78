package org.riverwoods.kap.intake.history;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Medication", description = "A current medication")
public record Medication(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) @Schema(description = "Dose as prescribed, e.g. '1 mg twice daily'") String dose,
        @NotNull @Schema(description = "True for a benzodiazepine; its lorazepam-equivalent dose is then required") Boolean benzodiazepine,
        @DecimalMin("0") @Digits(integer = 3, fraction = 2)
        @Schema(description = "Benzodiazepines: daily dose converted to lorazepam-equivalent mg/day") BigDecimal lorazepamEquivalentMgPerDay) {
}

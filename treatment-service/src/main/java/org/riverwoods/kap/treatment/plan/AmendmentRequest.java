package org.riverwoods.kap.treatment.plan;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields to change (absent = unchanged) and why. Same dose bounds as templates. */
@Schema(name = "AmendmentRequest")
public record AmendmentRequest(
        @NotBlank @Size(max = 500) @Schema(description = "Why the plan changes; kept in its history") String reason,
        @DecimalMin("0.05") @DecimalMax("2.5") @Digits(integer = 1, fraction = 3) BigDecimal doseMgPerKg,
        @Min(1) @Max(240) Integer infusionMinutes,
        @DecimalMin("0.01") @DecimalMax("1.0") @Digits(integer = 1, fraction = 3) BigDecimal bolusDoseMgPerKg,
        @Min(1) @Max(30) Integer bolusMinutes,
        @Schema(description = "Before activation only") @Min(1) @Max(24) Integer infusionCount,
        @Schema(description = "Before activation only") @Min(0) @Max(90) Integer infusionIntervalDays,
        @Min(0) @Max(100) Integer therapySessionCount,
        @Min(0) @Max(50) Integer aminoAcidSessionCount,
        @Min(0) @Max(7) Integer groupSessionsPerWeek,
        @Min(0) @Max(50) Integer familySessionCount,
        @Min(0) @Max(104) Integer aftercareWeeks) {

    boolean changesSchedule() {
        return infusionCount != null || infusionIntervalDays != null;
    }

    boolean changesPrescription() {
        return doseMgPerKg != null || infusionMinutes != null || bolusDoseMgPerKg != null || bolusMinutes != null
                || changesSchedule();
    }
}

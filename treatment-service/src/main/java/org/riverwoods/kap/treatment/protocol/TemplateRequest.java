package org.riverwoods.kap.treatment.protocol;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new template, or a new version of one. The dose bounds reject entries that are not ketamine
 * therapy doses at all (an anaesthetic dose is 1-2 mg/kg IV; Krupitsky's IM dose is 2 mg/kg).
 */
@Schema(name = "TemplateRequest")
public record TemplateRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be upper case letters, digits and _") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 300) @Schema(description = "The published trial or clinic protocol it follows") String source,
        @NotNull @Size(max = 8) List<@Pattern(regexp = "ALCOHOL|COCAINE|OPIOIDS|METHAMPHETAMINE|OTHER_STIMULANTS|CANNABIS|BENZODIAZEPINES|OTHER") String> targetSubstances,
        @NotNull Route route,
        @NotNull @DecimalMin("0.05") @DecimalMax("2.5") @Digits(integer = 1, fraction = 3)
        @Schema(description = "Total ketamine dose per infusion, mg per kg body weight") BigDecimal doseMgPerKg,
        @Min(1) @Max(240) @Schema(description = "IV only: minutes the whole dose runs over") Integer infusionMinutes,
        @DecimalMin("0.01") @DecimalMax("1.0") @Digits(integer = 1, fraction = 3)
        @Schema(description = "Part of the dose given as a bolus first, mg/kg (e.g. Dakwar 2020: 0.11)") BigDecimal bolusDoseMgPerKg,
        @Min(1) @Max(30) @Schema(description = "Minutes the bolus runs over") Integer bolusMinutes,
        @NotNull @Min(1) @Max(24) Integer infusionCount,
        @NotNull @Min(0) @Max(90) @Schema(description = "Days between infusions; 0 for a single infusion") Integer infusionIntervalDays,
        @NotNull @Min(0) @Max(90) @Schema(description = "Day of the first infusion counted from the plan's start (0 = first day)") Integer firstInfusionDay,
        @NotNull @Size(max = 10) List<@NotBlank String> prerequisites,
        TherapyModality therapyModality,
        @NotNull @Min(0) @Max(100) Integer therapySessionCount,
        @NotBlank @Size(max = 300) String therapyCadence,
        @NotNull @Min(1) @Max(104) Integer totalWeeks,
        @NotBlank @Size(max = 300) String primaryOutcome,
        @NotNull RelapseRule relapseRule) {
}

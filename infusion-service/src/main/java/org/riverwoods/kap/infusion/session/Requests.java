package org.riverwoods.kap.infusion.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of a session's steps. Range checks reject typos; clinical limits are settings. */
public final class Requests {

    private Requests() {
    }

    @Schema(name = "CheckInRequest")
    public record CheckIn(
            @NotNull @DecimalMin("20.0") @DecimalMax("350.0") @Digits(integer = 3, fraction = 1)
            @Schema(description = "Weight measured at check-in, kg") BigDecimal weightKg,
            @NotNull @Valid ConcomitantMedications concomitantMedications) {
    }

    @Schema(name = "PreAssessmentRequest", description = "What the nurse checks before dosing; every item is required "
            + "(which baseline vitals: kap.clinical.infusion.gate.required-baseline-vitals)")
    public record PreAssessment(
            @PastOrPresent @Schema(description = "Last solid food, UTC; null = not attested") Instant lastSolidsAt,
            @PastOrPresent @Schema(description = "Last clear liquids, UTC; null = not attested") Instant lastClearLiquidsAt,
            @NotNull Boolean pregnancyTestApplicable,
            @Schema(description = "Required when applicable") Boolean pregnancyTestNegative,
            @NotNull @DecimalMin("0.000") @DecimalMax("0.500") @Digits(integer = 1, fraction = 3)
            @Schema(description = "Breath alcohol, g/dL") BigDecimal breathAlcoholGramsPerDecilitre,
            @NotNull Boolean selfReportedIntoxication,
            @Min(50) @Max(300) Integer baselineSystolicMmHg,
            @Min(20) @Max(200) Integer baselineDiastolicMmHg,
            @Min(20) @Max(250) Integer baselineHeartRateBpm,
            @Min(50) @Max(100) @Schema(description = "Pre-dose SpO2, %") Integer baselineSpo2Percent,
            @Min(4) @Max(60) @Schema(description = "Pre-dose breaths per minute") Integer baselineRespiratoryRatePerMinute,
            @NotNull @Schema(description = "A prescriber is on site for the whole session") Boolean prescriberOnSite) {
    }

    @Schema(name = "DoseRequest", description = "How the dose was prepared")
    public record Dose(
            @NotNull @DecimalMin("0.01") @DecimalMax("500") @Digits(integer = 3, fraction = 3)
            @Schema(description = "Drug concentration as prepared, mg/mL") BigDecimal concentrationMgPerMl,
            @NotBlank @Size(max = 60) @Schema(description = "Lot number of the ketamine used") String lotNumber) {
    }

    @Schema(name = "StartRequest", description = "The vial the verified dose is drawn from, in the start's own transaction")
    public record Start(
            @NotNull @Schema(description = "A vial of the dose's lot, in date, holding at least the verified dose") UUID vialId) {
    }

    @Schema(name = "VitalsRequest", description = "One set of vital signs; send what was measured")
    public record Vitals(
            @PastOrPresent @Schema(description = "When measured, UTC; default now") Instant takenAt,
            @Min(30) @Max(300) Integer systolicMmHg,
            @Min(10) @Max(200) Integer diastolicMmHg,
            @Min(10) @Max(300) Integer heartRateBpm,
            @Min(0) @Max(100) Integer spo2Percent,
            @Min(0) @Max(80) Integer respiratoryRatePerMinute,
            @Min(0) @Max(5) @Schema(description = "MOAA/S: 0 = no response to pain, 5 = responds readily to name") Integer moaas,
            @Min(0) @Max(92) @Schema(description = "CADSS total (23 items, 0-4 each)") Integer cadssTotal,
            @Schema(description = "MONITOR for a device feed, MANUAL otherwise; default MANUAL") String source) {
    }

    @Schema(name = "AdverseEventRequest")
    public record AdverseEvent(
            @NotBlank @Size(max = 40) @Schema(description = "e.g. NAUSEA, VOMITING, HYPERTENSION, RESPIRATORY_DEPRESSION, "
                    + "EMERGENCE_REACTION, OVERSEDATION") String type,
            @NotNull AdverseEventSeverity severity,
            @NotNull @Size(max = 10) List<@NotBlank @Size(max = 60) String> actionsTaken,
            @PastOrPresent Instant occurredAt,
            @Size(max = 2000) @Schema(description = "Clinical notes; stay in infusion-service") String notes) {
    }

    @Schema(name = "ReasonRequest")
    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "DischargeRequest")
    public record Discharge(@NotNull @Schema(description = "A responsible adult drives the patient home") Boolean driverPresent) {
    }
}

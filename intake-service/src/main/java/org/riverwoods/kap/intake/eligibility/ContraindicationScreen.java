package org.riverwoods.kap.intake.eligibility;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The ketamine contraindication screen taken at intake. Every item is answered explicitly: a null
 * means "not assessed", never "no", so an incomplete screen can never read as a clear one. The
 * blood-pressure bounds only reject impossible entries (a typo); the clinical thresholds are in
 * {@link EligibilitySettings}.
 */
@Schema(name = "ContraindicationScreen",
        description = "Ketamine contraindication screen; every item must be answered (true or false)")
public record ContraindicationScreen(
        @NotNull @Schema(description = "Aneurysmal vascular disease or arteriovenous malformation (AVM)")
        Boolean aneurysmalVascularDiseaseOrAvm,
        @NotNull @Schema(description = "History of intracerebral haemorrhage")
        Boolean intracerebralHaemorrhageHistory,
        @NotNull @Schema(description = "Hypersensitivity to ketamine")
        Boolean ketamineHypersensitivity,
        @NotNull @Schema(description = "Active psychosis or mania")
        Boolean activePsychosisOrMania,
        @NotNull @Schema(description = "History of psychosis or mania (not active now)")
        Boolean psychosisOrManiaHistory,
        @NotNull @Schema(description = "Pregnant")
        Boolean pregnant,
        @NotNull @Schema(description = "Breastfeeding")
        Boolean breastfeeding,
        @NotNull @Schema(description = "Uncontrolled hypertension in the clinician's judgement")
        Boolean uncontrolledHypertension,
        @NotNull @Schema(description = "Acute intoxication or withdrawal at the time of the screen")
        Boolean acuteIntoxicationOrWithdrawal,
        @NotNull @Min(50) @Max(300) @Schema(description = "Measured systolic blood pressure, mmHg")
        Integer systolicMmHg,
        @NotNull @Min(20) @Max(200) @Schema(description = "Measured diastolic blood pressure, mmHg")
        Integer diastolicMmHg,
        @NotNull @DecimalMin("0") @Digits(integer = 3, fraction = 2)
        @Schema(description = "Total daily benzodiazepine dose from current medications, mg lorazepam-equivalent; 0 if none")
        BigDecimal benzodiazepineLorazepamEquivalentMgPerDay) {
}

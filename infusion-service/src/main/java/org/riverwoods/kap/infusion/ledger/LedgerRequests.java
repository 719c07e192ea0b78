package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the controlled-substance ledger. Range checks reject typos. */
public final class LedgerRequests {

    private LedgerRequests() {
    }

    @Schema(name = "VialReceiptRequest", description = "One vial received into stock; received by the caller")
    public record Receipt(
            @NotBlank @Size(max = 200) String supplier,
            @NotBlank @Size(max = 100) @Schema(description = "The supplier's invoice (or DEA Form 222 / CSOS order) reference") String invoiceReference,
            @NotBlank @Size(max = 200) @Schema(description = "e.g. Ketamine HCl injection") String product,
            @NotBlank @Pattern(regexp = "\\d{4,5}-\\d{3,4}-\\d{1,2}") @Schema(description = "National Drug Code, with its hyphens") String ndc,
            @NotNull @DecimalMin("0.1") @DecimalMax("100") @Digits(integer = 3, fraction = 3)
            @Schema(description = "mg per mL, as labelled") BigDecimal concentrationMgPerMl,
            @NotNull @DecimalMin("0.1") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Volume of the vial, mL") BigDecimal volumeMl,
            @NotBlank @Size(max = 60) String lotNumber,
            @NotNull @Schema(description = "Expiry as labelled (the vial is usable through this day)") LocalDate expiresOn,
            @NotBlank @Size(max = 200) @Schema(description = "Who witnessed the receipt: not the caller") String witnessedBy) {
    }

    @Schema(name = "VialWasteRequest", description = "Drug left in a vial destroyed in front of a witness; recorded by the caller")
    public record Waste(
            @NotNull @DecimalMin("0.001") @DecimalMax("100") @Digits(integer = 3, fraction = 3) BigDecimal volumeMl,
            @NotBlank @Size(max = 200) @Schema(description = "The second clinician who saw it destroyed: not the caller") String witnessedBy,
            @Size(max = 500) @Schema(description = "e.g. Remainder of a single-dose vial") String reason) {
    }

    public enum Disposition {
        /** Put back into the vial's stock. */
        RETURNED,
        /** Destroyed in front of a witness. */
        WASTED
    }

    @Schema(name = "UnusedDoseRequest", description = "An aborted or shortened infusion: what was actually given, and where the rest went")
    public record UnusedDose(
            @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 3)
            @Schema(description = "mg actually given to the patient") BigDecimal givenMg,
            @NotNull Disposition disposition,
            @Size(max = 200) @Schema(description = "Required for WASTED: the second clinician, not the caller") String witnessedBy,
            @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "CountedVial")
    public record CountedVial(@NotNull UUID vialId,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 3)
            @Schema(description = "Volume seen in the vial, mL") BigDecimal countedVolumeMl) {
    }

    @Schema(name = "InventoryCountRequest", description = "A count of every vial with stock, by the caller and a second person. "
            + "A vial with stock that is not listed counts as empty.")
    public record Count(
            @Size(max = 40) @Schema(description = "e.g. END_OF_DAY, EVENING") String shift,
            @NotBlank @Size(max = 200) @Schema(description = "The second signer: not the caller") String witnessedBy,
            @NotNull @Size(max = 500) List<@NotNull @Valid CountedVial> vials) {
    }

    public enum Outcome {
        /** The difference is explained (e.g. a mis-read count); the ledger stands. */
        EXPLAINED,
        /** The drug is lost or stolen: a LOSS entry and a report with what a DEA Form 106 asks for. */
        LOSS_REPORTED
    }

    public enum LossType {
        EMPLOYEE_PILFERAGE, CUSTOMER_THEFT, NIGHT_BREAK_IN, ARMED_ROBBERY, LOST_IN_TRANSIT, OTHER
    }

    @Schema(name = "LossReport", description = "What a DEA Form 106-style theft-or-loss report needs besides the ledger's own lines")
    public record LossReport(
            @NotBlank @Pattern(regexp = "[A-Z]{2}\\d{7}") @Schema(description = "The clinic's DEA registration number") String deaRegistrationNumber,
            @NotNull LocalDate discoveredOn,
            @NotNull LossType lossType,
            @NotNull Boolean policeNotified,
            @Size(max = 200) String policeDepartment,
            @Size(max = 100) String policeReportNumber,
            @NotBlank @Size(max = 2000) @Schema(description = "What happened, and what was done to prevent it again") String description) {
    }

    @Schema(name = "DiscrepancyResolutionRequest")
    public record Resolution(
            @NotNull Outcome outcome,
            @NotBlank @Size(max = 2000) String explanation,
            @Valid @Schema(description = "Required for LOSS_REPORTED") LossReport lossReport) {
    }

    @Schema(name = "LedgerCorrectionRequest", description = "A new entry that corrects an earlier one; the earlier one stays")
    public record Correction(
            @NotNull UUID correctsEntryId,
            @NotNull @DecimalMin("-1000") @DecimalMax("1000") @Digits(integer = 4, fraction = 3)
            @Schema(description = "mg to add to (+) or take from (-) the vial") BigDecimal quantityMg,
            @NotBlank @Size(max = 200) @Schema(description = "A second clinician: not the caller") String witnessedBy,
            @NotBlank @Size(max = 500) String reason) {
    }
}

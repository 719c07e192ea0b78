package org.riverwoods.kap.intake.patient;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a clinician enters to register a patient or correct their record. The weight bounds only
 * reject impossible entries (a typo in grams or pounds); they are not clinical thresholds.
 */
@Schema(name = "PatientDetails", description = "Registration details of a patient")
public record PatientDetails(
        @Size(max = 32) @Schema(description = "The clinic's medical record number, if it has one") String medicalRecordNumber,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull @Past @Schema(description = "Date of birth, YYYY-MM-DD") LocalDate dateOfBirth,
        @NotNull Sex sex,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{6,32}", message = "must be a phone number (digits, spaces, + ( ) -)") String phone,
        @NotNull @DecimalMin("20.0") @DecimalMax("350.0") @Digits(integer = 3, fraction = 1)
        @Schema(description = "Body weight in kilograms, one decimal") BigDecimal weightKg,
        @NotNull @PastOrPresent @Schema(description = "Date the weight was measured, YYYY-MM-DD") LocalDate weightMeasuredOn) {
}

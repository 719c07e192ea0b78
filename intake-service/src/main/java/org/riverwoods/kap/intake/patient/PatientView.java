package org.riverwoods.kap.intake.patient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Patient", description = "A registered patient; timestamps are UTC ISO-8601")
public record PatientView(UUID id, String medicalRecordNumber, String givenName, String familyName,
        LocalDate dateOfBirth, Sex sex, String email, String phone, BigDecimal weightKg, LocalDate weightMeasuredOn,
        @Schema(description = "Set when a PHQ-9 item 9 answer needs same-day follow-up; absent when not flagged, and "
                + "always in a patient's own view (staff-only, as on her timeline)")
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant suicideRiskFlaggedAt,
        Instant registeredAt, Instant updatedAt, long version) {

    /** The record as the patient herself sees it: the suicide-risk flag is for her clinicians. */
    PatientView asSeenByPatient() {
        return new PatientView(id, medicalRecordNumber, givenName, familyName, dateOfBirth, sex, email, phone, weightKg,
                weightMeasuredOn, null, registeredAt, updatedAt, version);
    }
}

package org.riverwoods.kap.intake.patient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Patient", description = "A registered patient; timestamps are UTC ISO-8601")
public record PatientView(UUID id, String medicalRecordNumber, String givenName, String familyName,
        LocalDate dateOfBirth, Sex sex, String email, String phone, BigDecimal weightKg, LocalDate weightMeasuredOn,
        @Schema(description = "Set when a PHQ-9 item 9 answer needs same-day follow-up") Instant suicideRiskFlaggedAt,
        Instant registeredAt, Instant updatedAt, long version) {
}

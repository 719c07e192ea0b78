package org.riverwoods.kap.infusion.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of other services' events this service reads (contracts/schemas); tolerant of added fields. */
public final class Consumed {

    private Consumed() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InfusionScheduled(UUID appointmentId, UUID patientId, UUID planId, Integer planVersion,
            Integer infusionNumber, Integer infusionCount, Instant scheduledStart, Integer visitMinutes, String route,
            BigDecimal doseMgPerKg, Integer infusionMinutes, BigDecimal bolusDoseMgPerKg, Integer bolusMinutes,
            String prescriber) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AppointmentCancelled(UUID appointmentId, UUID patientId, String kind, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanStatusChanged(UUID planId, UUID patientId, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsentGranted(UUID consentId, UUID patientId, String kind, LocalDate expiresOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsentRevoked(UUID consentId, UUID patientId, String kind, Instant revokedAt) {
    }

    /** PHQ-9 item 9 at intake (intake.assessments). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SuicideRiskFlagged(UUID patientId, Instant flaggedAt) {
    }

    /**
     * PHQ-9 item 9 during treatment (outcomes.measures). The flag counts from when the clinic learned
     * of it: a review before a late-entered questionnaire does not clear it.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SuicideRiskReported(UUID patientId, Instant reportedAt) {
    }

    /** A clinician's review at intake clears every flag raised up to its time (intake.assessments). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SuicideRiskReviewed(UUID patientId, String outcome, Instant reviewedAt) {
    }
}

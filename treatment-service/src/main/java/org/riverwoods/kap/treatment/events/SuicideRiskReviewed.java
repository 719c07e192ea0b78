package org.riverwoods.kap.treatment.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What treatment needs of intake-service's SuicideRiskReviewed (contracts/schemas): a clinician
 * reviewed the patient's suicide risk, with its outcome. Tolerant of every other field.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SuicideRiskReviewed(UUID patientId, UUID reviewId, String outcome, Instant reviewedAt) {

    public static final String TYPE = "SuicideRiskReviewed";
}

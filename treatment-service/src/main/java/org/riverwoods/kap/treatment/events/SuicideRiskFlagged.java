package org.riverwoods.kap.treatment.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What treatment needs of intake-service's SuicideRiskFlagged (contracts/schemas): whose PHQ-9 item 9
 * crossed the alert setting at intake, and when. Tolerant of every other field.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SuicideRiskFlagged(UUID patientId, UUID intakeId, Instant flaggedAt) {

    public static final String TYPE = "SuicideRiskFlagged";
}

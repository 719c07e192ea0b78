package org.riverwoods.kap.intake.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Consumed from outcomes-service: a PHQ-9 during treatment with item 9 at or above its alert setting.
 * Tolerant of fields added later.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SuicideRiskReported(UUID patientId, UUID questionnaireId, Integer item9Answer, Integer phq9Total,
        Instant answeredAt, Instant reportedAt) {

    public static final String TYPE = "SuicideRiskReported";
}

package org.riverwoods.kap.intake.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Consumed from infusion-service: the weight measured at check-in. Tolerant of fields added later. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InfusionCheckedIn(UUID sessionId, UUID patientId, BigDecimal weightKg, Instant weightMeasuredAt) {

    public static final String TYPE = "InfusionCheckedIn";
}

package org.riverwoods.kap.treatment.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What treatment needs of outcomes-service's SuicideRiskReported (contracts/schemas): a PHQ-9 item 9
 * answered during treatment above the alert setting. {@code reportedAt} is when the risk became known
 * to the clinic; {@code answeredAt} may be earlier (a questionnaire entered after the fact).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SuicideRiskReported(UUID patientId, UUID questionnaireId, Instant answeredAt, Instant reportedAt) {

    public static final String TYPE = "SuicideRiskReported";
}

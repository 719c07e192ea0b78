package org.riverwoods.kap.treatment.events;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What treatment needs of infusion-service's InfusionCompleted, InfusionDeferred, InfusionAborted and
 * SeriousAdverseEventReported (contracts/schemas): which appointment and plan, and why. Tolerant of
 * every other field.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InfusionSessionEvent(UUID sessionId, UUID appointmentId, UUID planId, UUID patientId, String reason) {

    public static final String COMPLETED = "InfusionCompleted";
    public static final String DEFERRED = "InfusionDeferred";
    public static final String ABORTED = "InfusionAborted";
    public static final String SERIOUS_ADVERSE_EVENT = "SeriousAdverseEventReported";
}

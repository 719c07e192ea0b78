package org.riverwoods.kap.treatment.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/**
 * A plan was drafted (previousStatus null) or moved to another status; approval has its own event.
 * {@code startDate} is day 0 of the protocol, set from activation on: outcomes count from it.
 */
public record TreatmentPlanStatusChanged(UUID planId, UUID patientId, int planVersion, String templateCode,
        int templateVersion, String previousStatus, String status, String reason, Instant changedAt,
        LocalDate startDate)
        implements DomainEvent {

    @Override
    public String topic() {
        return Topics.PLANS;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

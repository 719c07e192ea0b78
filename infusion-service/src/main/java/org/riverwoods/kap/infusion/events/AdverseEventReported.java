package org.riverwoods.kap.infusion.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** An adverse event during or after the infusion. */
public record AdverseEventReported(UUID adverseEventId, UUID sessionId, UUID appointmentId, UUID patientId, UUID planId, String type,
        String severity, List<String> actionsTaken, Instant occurredAt) implements DomainEvent {

    @Override
    public String topic() {
        return Topics.SAFETY;
    }

    /** Keyed by session: one session's events stay in order on one partition. */
    @Override
    public UUID subjectId() {
        return sessionId;
    }
}

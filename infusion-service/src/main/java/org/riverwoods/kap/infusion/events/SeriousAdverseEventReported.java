package org.riverwoods.kap.infusion.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** A serious adverse event: treatment holds the plan until a prescriber reviews. */
public record SeriousAdverseEventReported(UUID adverseEventId, UUID sessionId, UUID appointmentId, UUID patientId, UUID planId, String type,
        List<String> actionsTaken, Instant reportedAt) implements DomainEvent {

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

package org.riverwoods.kap.infusion.events;

import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** The session was stopped before completion, with its reason. */
public record InfusionAborted(UUID sessionId, UUID appointmentId, UUID patientId, UUID planId, Instant abortedAt, String reason) implements DomainEvent {

    @Override
    public String topic() {
        return Topics.SESSIONS;
    }

    /** Keyed by session: one session's events stay in order on one partition. */
    @Override
    public UUID subjectId() {
        return sessionId;
    }
}

package org.riverwoods.kap.infusion.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** The safety gate failed before dosing; today's infusion does not take place. */
public record InfusionDeferred(UUID sessionId, UUID appointmentId, UUID patientId, UUID planId, Instant deferredAt, String reason,
        List<String> failedChecks) implements DomainEvent {

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

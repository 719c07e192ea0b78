package org.riverwoods.kap.infusion.events;

import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** A vital-sign rule fired (or blood pressure is overdue). */
public record SafetyAlertRaised(UUID alertId, UUID sessionId, UUID patientId, String rule, String level, String message,
        Instant raisedAt) implements DomainEvent {

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

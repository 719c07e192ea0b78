package org.riverwoods.kap.infusion.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** The patient arrived and was weighed; the weight doses today's infusion. */
public record InfusionCheckedIn(UUID sessionId, UUID appointmentId, UUID patientId, UUID planId, Instant checkedInAt, BigDecimal weightKg,
        Instant weightMeasuredAt) implements DomainEvent {

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

package org.riverwoods.kap.infusion.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** Dosing started after the gate, the dose double check and the start checks. */
public record InfusionStarted(UUID sessionId, UUID appointmentId, UUID patientId, UUID planId, Instant startedAt, String route,
        BigDecimal totalDoseMg, Integer infusionMinutes) implements DomainEvent {

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

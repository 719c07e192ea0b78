package org.riverwoods.kap.infusion.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** The patient was discharged: what was given and what happened. */
public record InfusionCompleted(UUID sessionId, UUID appointmentId, UUID patientId, UUID planId, Instant completedAt,
        BigDecimal totalDoseMg, Integer infusionMinutes, long monitoringMinutes, int adverseEventCount,
        String highestAdverseEventSeverity) implements DomainEvent {

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

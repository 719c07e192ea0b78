package org.riverwoods.kap.infusion.events;

import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** One set of vital signs (a monitor feed sends what it has). */
public record VitalsRecorded(UUID sessionId, UUID patientId, Instant takenAt, Integer systolicMmHg, Integer diastolicMmHg,
        Integer heartRateBpm, Integer spo2Percent, Integer respiratoryRatePerMinute, Integer moaas, Integer cadssTotal,
        String source) implements DomainEvent {

    @Override
    public String topic() {
        return Topics.VITALS;
    }

    /** Keyed by session: one session's events stay in order on one partition. */
    @Override
    public UUID subjectId() {
        return sessionId;
    }
}

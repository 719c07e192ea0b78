package org.riverwoods.kap.treatment.events;

import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** A therapy, group, family or amino-acid session was booked or moved (same appointmentId, new time). */
public record TherapySessionScheduled(UUID appointmentId, UUID patientId, UUID planId, String kind, String modality,
        int sequence, Instant scheduledStart, int durationMinutes) implements DomainEvent {

    @Override
    public String topic() {
        return Topics.APPOINTMENTS;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

package org.riverwoods.kap.treatment.events;

import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** An appointment will not take place (cancelled by staff, or by a hold after a serious adverse event). */
public record AppointmentCancelled(UUID appointmentId, UUID patientId, UUID planId, String kind, Instant scheduledStart,
        String reason, Instant cancelledAt) implements DomainEvent {

    @Override
    public String topic() {
        return Topics.APPOINTMENTS;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

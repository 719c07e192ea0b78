package org.riverwoods.kap.treatment.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/**
 * An infusion appointment was booked or moved (same appointmentId, new time): what the infusion
 * service needs to prepare it. The dose is per kg; the day's weight makes it milligrams.
 */
public record InfusionScheduled(UUID appointmentId, UUID patientId, UUID planId, int planVersion, int infusionNumber,
        int infusionCount, Instant scheduledStart, int visitMinutes, String route, BigDecimal doseMgPerKg,
        Integer infusionMinutes, BigDecimal bolusDoseMgPerKg, Integer bolusMinutes, String prescriber)
        implements DomainEvent {

    @Override
    public String topic() {
        return Topics.APPOINTMENTS;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

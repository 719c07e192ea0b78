package org.riverwoods.kap.intake.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** A patient's record changed; carries the current clinical facts (never names or contact details). */
public record PatientUpdated(UUID patientId, long version, String sex, int birthYear, BigDecimal weightKg,
        LocalDate weightMeasuredOn, Instant updatedAt) implements DomainEvent {


    @Override
    public String topic() {
        return Topics.PATIENTS;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

package org.riverwoods.kap.intake.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/**
 * A patient was registered. Minimum necessary: no name, no contact details, no full date of birth;
 * the birth year is enough for age bands and the weight is what dosing starts from.
 */
public record PatientRegistered(UUID patientId, String sex, int birthYear, BigDecimal weightKg,
        LocalDate weightMeasuredOn, Instant registeredAt) implements DomainEvent {


    @Override
    public String topic() {
        return Topics.PATIENTS;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

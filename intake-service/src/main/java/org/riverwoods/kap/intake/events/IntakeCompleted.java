package org.riverwoods.kap.intake.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/**
 * An intake completed: the minimum treatment planning needs. No name, no contact details, no date
 * of birth; who assessed or overrode stays in intake's audit trail.
 */
public record IntakeCompleted(UUID intakeId, UUID patientId, Instant completedAt, String primarySubstance,
        List<String> secondarySubstances, String sex, BigDecimal weightKg, LocalDate weightMeasuredOn,
        Eligibility eligibility, List<InstrumentTotal> instruments) implements DomainEvent {

    public record Eligibility(String decision, boolean overridden, List<Reason> reasons) {
    }

    public record Reason(String code, String severity, String description) {
    }

    public record InstrumentTotal(String instrument, String loincCode, int total, String band, List<String> flags) {
    }


    @Override
    public String topic() {
        return Topics.ASSESSMENTS;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

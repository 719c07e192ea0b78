package org.riverwoods.kap.outcomes.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** The patient's current outcome figures, after each diary day, questionnaire or lab result. */
public record OutcomeMeasured(UUID patientId, String templateCode, LocalDate asOf, long daysSinceStart,
        int daysKnownSinceStart, BigDecimal percentDaysAbstinentSinceStart, int heavyDrinkingDaysSinceStart,
        Integer phq9Baseline, Integer phq9Latest, Boolean phq9Response, Boolean phq9Remission, boolean relapsed)
        implements DomainEvent {

    @Override
    public String topic() {
        return Topics.MEASURES;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

package org.riverwoods.kap.outcomes.events;

import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/**
 * A PHQ-9 during treatment with item 9 at or above the alert setting: same-day follow-up is needed,
 * whatever the total. Intake flags the patient until a clinician records a review there.
 */
public record SuicideRiskReported(UUID patientId, UUID questionnaireId, int item9Answer, int phq9Total,
        Instant answeredAt, Instant reportedAt) implements DomainEvent {

    @Override
    public String topic() {
        return Topics.MEASURES;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

package org.riverwoods.kap.intake.events;

import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** PHQ-9 item 9 was answered above the alert setting: same-day clinical follow-up is needed. */
public record SuicideRiskFlagged(UUID patientId, UUID screeningId, UUID intakeId, int item9Answer, int phq9Total,
        Instant flaggedAt) implements DomainEvent {


    @Override
    public String topic() {
        return Topics.ASSESSMENTS;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

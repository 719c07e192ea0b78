package org.riverwoods.kap.intake.events;

import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/**
 * A clinician recorded the same-day follow-up of a suicide-risk flag: every flag raised up to
 * {@code reviewedAt} is cleared. The note and the reviewer stay in intake.
 */
public record SuicideRiskReviewed(UUID patientId, UUID reviewId, String outcome, Instant reviewedAt)
        implements DomainEvent {

    @Override
    public String topic() {
        return Topics.ASSESSMENTS;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

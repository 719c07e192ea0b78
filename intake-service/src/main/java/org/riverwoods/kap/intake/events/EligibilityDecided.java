package org.riverwoods.kap.intake.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** The ketamine eligibility decision of an intake, computed from the screen or overridden by a prescriber. */
public record EligibilityDecided(UUID intakeId, UUID patientId, String decision, String computedDecision,
        boolean overridden, List<IntakeCompleted.Reason> reasons, Instant decidedAt) implements DomainEvent {


    @Override
    public String topic() {
        return Topics.ASSESSMENTS;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

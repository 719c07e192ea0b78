package org.riverwoods.kap.intake.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** A questionnaire was scored. Answers stay in intake; the total, band and flags travel. */
public record ScreeningScored(UUID screeningId, UUID intakeId, UUID patientId, String instrument, String loincCode,
        int total, String band, List<String> flags, Integer auditCTotal, String source, Instant administeredAt)
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

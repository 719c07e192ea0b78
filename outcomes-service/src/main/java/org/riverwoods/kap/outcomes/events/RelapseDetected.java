package org.riverwoods.kap.outcomes.events;

import java.time.LocalDate;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** The patient relapsed by the rule of their protocol; announced once per patient. */
public record RelapseDetected(UUID patientId, String templateCode, String relapseRule, LocalDate relapseOn,
        long daysToRelapse, String basis) implements DomainEvent {

    @Override
    public String topic() {
        return Topics.MEASURES;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

package org.riverwoods.kap.intake.events;

import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** A consent was revoked; it stops covering anything from {@code revokedAt} on. The reason stays in intake. */
public record ConsentRevoked(UUID consentId, UUID patientId, String kind, Instant revokedAt) implements DomainEvent {


    @Override
    public String topic() {
        return Topics.CONSENTS;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

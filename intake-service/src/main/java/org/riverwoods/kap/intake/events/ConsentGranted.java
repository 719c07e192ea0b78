package org.riverwoods.kap.intake.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** A consent was recorded. Who signed or witnessed stays in intake; consumers need only its validity. */
public record ConsentGranted(UUID consentId, UUID patientId, String kind, String documentVersion, List<String> scope,
        Instant signedAt, LocalDate expiresOn) implements DomainEvent {


    @Override
    public String topic() {
        return Topics.CONSENTS;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}

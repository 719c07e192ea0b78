package org.riverwoods.kap.kit.testapp;

import java.time.LocalDate;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** Published on every write of a note; the note is the subject, so its events keep their order. */
public record NoteWritten(UUID noteId, UUID patientId, long version, LocalDate day, boolean urgent)
        implements DomainEvent {

    public static final String TOPIC = "kit-test.notes";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public UUID subjectId() {
        return noteId;
    }
}

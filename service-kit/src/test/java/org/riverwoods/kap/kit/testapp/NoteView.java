package org.riverwoods.kap.kit.testapp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record NoteView(UUID id, long version, UUID patientId, String text, LocalDate day, int count, boolean urgent,
        List<String> tags, boolean archived, Instant createdAt) {

    static NoteView of(Note note) {
        return new NoteView(note.id, note.version, note.patientId, note.text, note.day, note.count, note.urgent,
                List.copyOf(note.tags), note.archived, note.createdAt);
    }
}

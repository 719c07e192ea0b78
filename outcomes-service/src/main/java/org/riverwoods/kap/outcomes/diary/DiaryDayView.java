package org.riverwoods.kap.outcomes.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DiaryDay")
public record DiaryDayView(LocalDate day, List<DiaryEntry> entries, boolean abstinent, Instant recordedAt,
        String recordedBy, long version) {

    static DiaryDayView of(DiaryDay d) {
        return new DiaryDayView(d.day, d.entries, d.entries.isEmpty(), d.recordedAt, d.recordedBy, d.rowVersion);
    }
}

package org.riverwoods.kap.outcomes.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A patient's reported days in date order; a date missing here is unknown. */
final class Diary {

    private final NavigableMap<LocalDate, DiaryDay> days = new TreeMap<>();

    private Diary() {
    }

    static Diary of(List<DiaryDay> reported) {
        Objects.requireNonNull(reported, "diary");
        Diary diary = new Diary();
        for (DiaryDay day : reported) {
            Objects.requireNonNull(day, "diary day");
            // Two reports for one day would count it twice; the caller must pick the current one.
            if (diary.days.putIfAbsent(day.date(), day) != null) {
                throw new IllegalArgumentException("the diary has two reports for one day");
            }
        }
        return diary;
    }

    /** Reported days from {@code from} to {@code toInclusive}, in date order. */
    List<DiaryDay> between(LocalDate from, LocalDate toInclusive) {
        return List.copyOf(days.subMap(from, true, toInclusive, true).values());
    }

    Optional<DiaryDay> on(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }
}

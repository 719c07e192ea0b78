package org.riverwoods.kap.outcomes.deidentify;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Dates never leave for analytics, only days counted from the patient's own enrolment: intervals
 * between a patient's events survive, the calendar (and so the patient's real dates) does not.
 */
public final class DayOffsets {

    private DayOffsets() {
    }

    /** Days from enrolment to {@code date}: 0 on the enrolment day, negative before it (screening). */
    public static long offset(LocalDate enrolledOn, LocalDate date) {
        Objects.requireNonNull(enrolledOn, "enrolledOn");
        Objects.requireNonNull(date, "date");
        return ChronoUnit.DAYS.between(enrolledOn, date);
    }
}

package org.riverwoods.kap.outcomes.cohort;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/** Reporting periods of cohort rows: calendar quarters, coarse enough to publish. */
public final class Periods {

    private Periods() {
    }

    /** The calendar quarter of a date, e.g. 2026-11-26 is "2026-Q4". */
    public static String quarterOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
    }
}

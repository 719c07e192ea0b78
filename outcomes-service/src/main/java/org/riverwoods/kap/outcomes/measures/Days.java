package org.riverwoods.kap.outcomes.measures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Treatment day numbers: the plan's start is day 0. */
final class Days {

    private Days() {
    }

    static long from(LocalDate planStart, LocalDate day) {
        return ChronoUnit.DAYS.between(planStart, day);
    }
}

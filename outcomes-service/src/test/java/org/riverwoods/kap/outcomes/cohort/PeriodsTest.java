package org.riverwoods.kap.outcomes.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {

    @ParameterizedTest
    @CsvSource({
            "2026-01-01, 2026-Q1", "2026-03-31, 2026-Q1",
            "2026-04-01, 2026-Q2", "2026-06-30, 2026-Q2",
            "2026-07-01, 2026-Q3", "2026-09-30, 2026-Q3",
            "2026-10-01, 2026-Q4", "2026-12-31, 2026-Q4"})
    void calendarQuarters(LocalDate date, String quarter) {
        assertEquals(quarter, Periods.quarterOf(date));
    }
}

package org.riverwoods.kap.outcomes.deidentify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayOffsetsTest {

    @ParameterizedTest
    @CsvSource({
            "2026-10-22, 2026-10-22, 0",
            "2026-10-22, 2026-10-23, 1",
            "2026-10-22, 2026-11-26, 35",
            "2026-10-22, 2026-10-08, -14",
            "2027-12-20, 2028-03-01, 72"})
    void daysFromTheOwnEnrolment(LocalDate enrolledOn, LocalDate date, long offset) {
        assertEquals(offset, DayOffsets.offset(enrolledOn, date));
    }
}

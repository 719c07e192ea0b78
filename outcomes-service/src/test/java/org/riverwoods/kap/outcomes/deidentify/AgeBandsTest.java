package org.riverwoods.kap.outcomes.deidentify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandsTest {

    @ParameterizedTest
    @CsvSource({
            "0, under-18", "17, under-18",
            "18, 18-24", "24, 18-24",
            "25, 25-34", "34, 25-34",
            "35, 35-44", "44, 35-44",
            "45, 45-54", "54, 45-54",
            "55, 55-64", "64, 55-64",
            "65, 65-74", "74, 65-74",
            "75, 75-89", "89, 75-89",
            "90, 90+", "104, 90+"})
    void everyBoundary(int age, String band) {
        assertEquals(band, AgeBands.of(age));
    }

    @Test
    void aNegativeAgeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AgeBands.of(-1));
    }

    @ParameterizedTest
    @CsvSource({
            "1990, 2026-01-01, 36", "1990, 2026-12-31, 36",
            "2008, 2026-01-01, 18", "2026, 2026-06-01, 0"})
    void ageIsTheAgeReachedDuringTheYear(int birthYear, LocalDate on, int age) {
        assertEquals(age, AgeBands.ageAt(birthYear, on));
    }

    @Test
    void whoeverMayBeNinetyIsNinetyPlus() {
        // Born in 1936: 89 until the birthday, 90 after; either way "90+" all through 2026.
        assertEquals("90+", AgeBands.of(AgeBands.ageAt(1936, LocalDate.of(2026, 1, 1))));
        assertEquals("75-89", AgeBands.of(AgeBands.ageAt(1937, LocalDate.of(2026, 12, 31))));
    }

    @Test
    void aBirthYearAfterTheDateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AgeBands.ageAt(2027, LocalDate.of(2026, 12, 31)));
    }
}

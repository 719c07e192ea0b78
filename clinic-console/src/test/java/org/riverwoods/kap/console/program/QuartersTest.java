package org.riverwoods.kap.console.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuartersTest {

    @Test
    void aDateFallsInItsCalendarQuarter() {
        assertEquals("2026-Q4", Quarters.of(LocalDate.parse("2026-12-04")));
        assertEquals("2026-Q1", Quarters.of(LocalDate.parse("2026-03-31")));
        assertEquals("2026-Q2", Quarters.of(LocalDate.parse("2026-04-01")));
    }

    @Test
    void quartersStepAcrossTheYear() {
        assertEquals("2027-Q1", Quarters.next("2026-Q4"));
        assertEquals("2025-Q4", Quarters.previous("2026-Q1"));
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"), Quarters.endingWith("2026-Q4", 4));
        assertEquals(List.of("2025-Q4", "2026-Q1"), Quarters.endingWith("2026-Q1", 2));
    }

    @Test
    void aQuarterStartsOnItsFirstDayAtUtcMidnight() {
        assertEquals(LocalDate.parse("2026-10-01"), Quarters.start("2026-Q4"));
        assertEquals(1790812800L, Quarters.startEpochSecond("2026-Q4"));
    }

    @Test
    void onlyQuartersLikeTheServicesAreRead() {
        assertTrue(Quarters.valid("2026-Q4"));
        assertFalse(Quarters.valid("2026-Q5"));
        assertFalse(Quarters.valid("2026Q4"));
        assertFalse(Quarters.valid(null));
        assertThrows(IllegalArgumentException.class, () -> Quarters.start("Q4"));
    }
}

package org.riverwoods.kap.console.me;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DiaryDaysTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Test
    void lateEveningInDenverIsAlreadyTomorrowInUtcButTheServiceStillSaysToday() {
        // 03:00 UTC on 5 December is 20:00 on 4 December in Denver
        assertEquals(LocalDate.of(2026, 12, 4), DiaryDays.latest(Instant.parse("2026-12-05T03:00:00Z"), DENVER));
    }

    @Test
    void midday() {
        assertEquals(LocalDate.of(2026, 12, 4), DiaryDays.latest(Instant.parse("2026-12-04T18:00:00Z"), DENVER));
    }

    @Test
    void aZoneAheadOfUtcKeepsTheUtcDay() {
        assertEquals(LocalDate.of(2026, 12, 4),
                DiaryDays.latest(Instant.parse("2026-12-04T23:30:00Z"), ZoneId.of("Europe/Berlin")));
    }
}

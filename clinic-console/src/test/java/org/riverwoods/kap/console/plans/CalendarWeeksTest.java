package org.riverwoods.kap.console.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CalendarWeeksTest {

    private static Map<String, Object> at(String startsAt, String kind) {
        return Map.of("startsAt", startsAt, "kind", kind);
    }

    @Test
    void appointmentsAreGroupedByMondayWeekThenDayInTimeOrder() {
        List<CalendarWeeks.Week> weeks = CalendarWeeks.of(List.of(
                at("2026-12-14T16:00:00Z", "KETAMINE_INFUSION"),
                at("2026-12-07T20:00:00Z", "THERAPY"),
                at("2026-12-07T16:00:00Z", "KETAMINE_INFUSION"),
                at("2026-12-13T17:00:00Z", "GROUP_THERAPY")));
        assertEquals(2, weeks.size());
        CalendarWeeks.Week first = weeks.get(0);
        assertEquals(LocalDate.parse("2026-12-07"), first.monday());
        assertEquals(2, first.days().size(), "Monday and the Sunday that ends the week");
        assertEquals("Monday", first.days().get(0).dayName());
        assertEquals(List.of("KETAMINE_INFUSION", "THERAPY"),
                first.days().get(0).appointments().stream().map(a -> a.get("kind")).toList());
        assertEquals(LocalDate.parse("2026-12-13"), first.days().get(1).date());
        assertEquals(LocalDate.parse("2026-12-14"), weeks.get(1).monday());
    }

    @Test
    void daysAreUtcDaysAsThePageShowsUtcTimes() {
        List<CalendarWeeks.Week> weeks = CalendarWeeks.of(List.of(at("2026-12-08T01:30:00Z", "THERAPY")));
        assertEquals(LocalDate.parse("2026-12-08"), weeks.get(0).days().get(0).date());
    }

    @Test
    void noAppointmentsNoWeeks() {
        assertEquals(List.of(), CalendarWeeks.of(List.of()));
    }
}

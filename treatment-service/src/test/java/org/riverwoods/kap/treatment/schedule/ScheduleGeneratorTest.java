package org.riverwoods.kap.treatment.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.treatment.schedule.AppointmentKind.AMINO_ACID_THERAPY;
import static org.riverwoods.kap.treatment.schedule.AppointmentKind.FAMILY_THERAPY;
import static org.riverwoods.kap.treatment.schedule.AppointmentKind.GROUP_THERAPY;
import static org.riverwoods.kap.treatment.schedule.AppointmentKind.KETAMINE_INFUSION;
import static org.riverwoods.kap.treatment.schedule.AppointmentKind.THERAPY;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScheduleGeneratorTest {

    static final ZoneId DENVER = ZoneId.of("America/Denver");
    static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    static final LocalDate SATURDAY = LocalDate.of(2026, 5, 30);

    final ScheduleGenerator generator = new ScheduleGenerator(Clinics.defaults());

    @Test
    void kareFromAMondayHasItsInfusionsOnDays0_7_14At9InDenverWith160MinuteVisits() {
        List<PlannedAppointment> infusions = of(KETAMINE_INFUSION, generator.generate(Protocols.kare(MONDAY)));

        assertEquals(List.of(MONDAY, MONDAY.plusDays(7), MONDAY.plusDays(14)), dates(infusions));
        infusions.forEach(i -> {
            assertEquals(LocalTime.of(9, 0), local(i).toLocalTime());
            assertEquals(160, i.durationMinutes(), "40 min infusion + 120 min observation");
        });
        assertEquals(Instant.parse("2026-06-01T15:00:00Z"), infusions.get(0).start(), "09:00 MDT");
        assertEquals(List.of(1, 2, 3), infusions.stream().map(PlannedAppointment::sequence).toList());
    }

    @Test
    void kareFromASaturdayStartsOnMondayAndKeepsTheSevenDayInterval() {
        List<LocalDate> infusions = dates(of(KETAMINE_INFUSION, generator.generate(Protocols.kare(SATURDAY))));

        assertEquals(List.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 15)), infusions);
        for (int i = 1; i < infusions.size(); i++) {
            assertTrue(ChronoUnit.DAYS.between(infusions.get(i - 1), infusions.get(i)) >= 7);
        }
    }

    @Test
    void dakwar2020HasOneInfusionOnDaySevenWithA172MinuteVisit() {
        List<PlannedAppointment> infusions = of(KETAMINE_INFUSION, generator.generate(Protocols.dakwar2020(MONDAY)));

        assertEquals(1, infusions.size());
        assertEquals(MONDAY.plusDays(7), local(infusions.get(0)).toLocalDate());
        assertEquals(172, infusions.get(0).durationMinutes(), "52 min infusion + 120 min observation");
    }

    @Test
    void krupitskyIntramuscularVisitIsObservationOnlyAndAWeekendNeverShortensThe30Days() {
        LocalDate thursday = LocalDate.of(2026, 6, 4); // day 30 is Saturday 4 July
        List<PlannedAppointment> infusions = of(KETAMINE_INFUSION, generator.generate(Protocols.krupitsky(thursday)));

        infusions.forEach(i -> assertEquals(120, i.durationMinutes(), "IM: no infusion time, 120 min observation"));
        // Day 30 moves to Monday 6 July; day 60 (Monday 3 August) would then be 28 days later: 5 August.
        assertEquals(List.of(thursday, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 8, 5)), dates(infusions));
        List<LocalDate> d = dates(infusions);
        for (int i = 1; i < d.size(); i++) {
            assertTrue(ChronoUnit.DAYS.between(d.get(i - 1), d.get(i)) >= 30);
        }
    }

    @Test
    void zeroIntervalNeverPutsTwoInfusionsOnOneDate() {
        ScheduleRequest twoSameDay = new ScheduleRequest(MONDAY, 0, 2, 0, 40, 0, 1, 0, 0, 0);

        assertEquals(List.of(MONDAY, MONDAY.plusDays(1)), dates(generator.generate(twoSameDay)));
    }

    @Test
    void therapySessionsAreSpreadOverTheProtocolOnClinicDaysOnePerDateAndAfterTheInfusionVisit() {
        List<PlannedAppointment> all = generator.generate(Protocols.kare(MONDAY));
        List<PlannedAppointment> therapy = of(THERAPY, all);

        assertEquals(7, therapy.size());
        // Days 0, 4, 8, 12 (Saturday -> 14), 16, 20 (Sunday -> 21), 24.
        assertEquals(IntStream.of(0, 4, 8, 14, 16, 21, 24).mapToObj(MONDAY::plusDays).toList(), dates(therapy));
        assertEquals(therapy.size(), new HashSet<>(dates(therapy)).size());
        assertTrue(dates(therapy).stream().anyMatch(new HashSet<>(dates(of(KETAMINE_INFUSION, all)))::contains),
                "therapy may share a date with an infusion (integrated KAP)");
        for (PlannedAppointment t : therapy) {
            assertEquals(LocalTime.of(13, 0), local(t).toLocalTime());
            assertEquals(50, t.durationMinutes());
            for (PlannedAppointment i : of(KETAMINE_INFUSION, all)) {
                assertFalse(overlap(t, i), t + " overlaps " + i);
            }
        }
    }

    @Test
    void moreTherapySessionsThanDaysMoveToTheNextFreeClinicDay() {
        ScheduleRequest daily = new ScheduleRequest(MONDAY, 0, 0, 0, null, 10, 1, 0, 0, 0);
        List<LocalDate> dates = dates(generator.generate(daily));

        assertEquals(10, new HashSet<>(dates).size());
        dates.forEach(d -> assertTrue(d.getDayOfWeek().getValue() <= 5, d + " is a weekend"));
    }

    @Test
    void groupTherapyIsOnWednesdaysAt15OncePerProtocolWeek() {
        List<PlannedAppointment> group = of(GROUP_THERAPY, generator.generate(Protocols.kare(MONDAY)));

        assertEquals(4 * 1, group.size());
        assertEquals(IntStream.of(2, 9, 16, 23).mapToObj(MONDAY::plusDays).toList(), dates(group));
        group.forEach(g -> {
            assertEquals(DayOfWeek.WEDNESDAY, local(g).getDayOfWeek());
            assertEquals(LocalTime.of(15, 0), local(g).toLocalTime());
            assertEquals(90, g.durationMinutes());
        });
    }

    @Test
    void twoGroupSessionsAWeekUseTheNextClinicDayOfTheSameProtocolWeek() {
        ScheduleRequest twice = new ScheduleRequest(MONDAY, 0, 0, 0, null, 0, 2, 2, 0, 0);

        assertEquals(IntStream.of(2, 3, 9, 10).mapToObj(MONDAY::plusDays).toList(), dates(generator.generate(twice)));
        // A protocol week from Thursday ends on Wednesday: the second session comes before it.
        LocalDate thursday = MONDAY.plusDays(3);
        assertEquals(List.of(thursday.plusDays(5), thursday.plusDays(6)),
                dates(generator.generate(new ScheduleRequest(thursday, 0, 0, 0, null, 0, 1, 2, 0, 0))));
    }

    @Test
    void familySessionsAreSpreadOverTheWeeksAndAvoidInfusionDates() {
        List<PlannedAppointment> all = generator.generate(Protocols.kare(MONDAY));
        List<PlannedAppointment> family = of(FAMILY_THERAPY, all);

        // Weeks 0 and 2; their Mondays are infusion days, so Tuesday.
        assertEquals(List.of(MONDAY.plusDays(1), MONDAY.plusDays(15)), dates(family));
        assertNoneOn(family, dates(of(KETAMINE_INFUSION, all)));
        family.forEach(f -> assertEquals(LocalTime.of(14, 0), local(f).toLocalTime()));
    }

    @Test
    void aminoAcidSessionsAreOnTheFirstClinicDaysWithoutInfusion() {
        List<PlannedAppointment> all = generator.generate(Protocols.kare(MONDAY));
        List<PlannedAppointment> aminoAcid = of(AMINO_ACID_THERAPY, all);

        assertEquals(6, aminoAcid.size());
        assertEquals(IntStream.of(1, 2, 3, 4, 8, 9).mapToObj(MONDAY::plusDays).toList(), dates(aminoAcid));
        assertNoneOn(aminoAcid, dates(of(KETAMINE_INFUSION, all)));
        aminoAcid.forEach(a -> assertEquals(LocalTime.of(10, 0), local(a).toLocalTime()));
    }

    static Stream<ScheduleRequest> protocols() {
        return Stream.of(Protocols.kare(MONDAY), Protocols.kare(SATURDAY), Protocols.dakwar2020(SATURDAY),
                Protocols.krupitsky(LocalDate.of(2026, 6, 4)), Protocols.krupitsky(LocalDate.of(2026, 10, 25)),
                new ScheduleRequest(SATURDAY.plusDays(1), 2, 5, 2, 40, 20, 6, 3, 8, 10));
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void everyAppointmentIsOnAClinicDayWithinOpeningHoursFromTheStartDateAndNoneOverlap(ScheduleRequest request) {
        List<PlannedAppointment> all = generator.generate(request);

        assertEquals(request.infusionCount() + request.therapySessions()
                + request.totalWeeks() * request.groupSessionsPerWeek() + request.familySessions()
                + request.aminoAcidSessions(), all.size());
        for (PlannedAppointment a : all) {
            ZonedDateTime start = local(a);
            ZonedDateTime end = start.plusMinutes(a.durationMinutes());
            assertTrue(start.getDayOfWeek().getValue() <= 5, a + " on " + start.getDayOfWeek());
            assertFalse(start.toLocalDate().isBefore(request.startDate()), a + " before the start date");
            assertFalse(start.toLocalTime().isBefore(LocalTime.of(8, 0)), a + " before opening");
            assertFalse(end.toLocalTime().isAfter(LocalTime.of(17, 0)), a + " after closing");
            assertEquals(start.toLocalDate(), end.toLocalDate());
            for (PlannedAppointment b : all) {
                assertTrue(a == b || !overlap(a, b), a + " overlaps " + b);
            }
        }
        for (AppointmentKind kind : AppointmentKind.values()) {
            List<PlannedAppointment> ofKind = of(kind, all);
            assertEquals(IntStream.rangeClosed(1, ofKind.size()).boxed().toList(),
                    ofKind.stream().map(PlannedAppointment::sequence).toList(), kind + " numbered in date order");
            assertEquals(ofKind.size(), new HashSet<>(dates(ofKind)).size(), kind + " twice on one date");
        }
        assertEquals(all.stream().sorted(Comparator.comparing(PlannedAppointment::start)
                .thenComparing(PlannedAppointment::kind)).toList(), all);
    }

    @Test
    void infusionsKeep9InTheMorningAcrossTheSwitchToDaylightSavingTime() {
        // Denver moves from MST (UTC-7) to MDT (UTC-6) on Sunday 8 March 2026.
        List<PlannedAppointment> infusions = of(KETAMINE_INFUSION,
                generator.generate(Protocols.kare(LocalDate.of(2026, 3, 2))));

        assertEquals(List.of(Instant.parse("2026-03-02T16:00:00Z"), Instant.parse("2026-03-09T15:00:00Z"),
                Instant.parse("2026-03-16T15:00:00Z")), infusions.stream().map(PlannedAppointment::start).toList());
        infusions.forEach(i -> assertEquals(LocalTime.of(9, 0), local(i).toLocalTime()));
        assertEquals(Duration.ofHours(7 * 24 - 1), Duration.between(infusions.get(0).start(), infusions.get(1).start()));
    }

    @Test
    void anInfusionTooLongForTheClinicDayIsRefusedNamingTheField() {
        ScheduleRequest tooLong = new ScheduleRequest(MONDAY, 0, 1, 0, 400, 0, 1, 0, 0, 0);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.generate(tooLong));
        assertTrue(e.getMessage().startsWith("infusionMinutes"), e.getMessage());
    }

    @Test
    void aRequestThatCannotBeScheduledIsRefusedNamingTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new ScheduleRequest(MONDAY, -1, 1, 0, 40, 0, 1, 0, 0, 0)).getMessage().contains("firstInfusionDay"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new ScheduleRequest(MONDAY, 0, 1, 0, 40, 0, 0, 0, 0, 0)).getMessage().contains("totalWeeks"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> generator.generate(new ScheduleRequest(MONDAY, 0, 0, 0, null, 0, 1, 6, 0, 0)))
                .getMessage().contains("groupSessionsPerWeek"));
    }

    static List<PlannedAppointment> of(AppointmentKind kind, List<PlannedAppointment> all) {
        return all.stream().filter(a -> a.kind() == kind).toList();
    }

    static ZonedDateTime local(PlannedAppointment a) {
        return a.start().atZone(DENVER);
    }

    static List<LocalDate> dates(List<PlannedAppointment> appointments) {
        return appointments.stream().map(a -> local(a).toLocalDate()).toList();
    }

    static boolean overlap(PlannedAppointment a, PlannedAppointment b) {
        Instant aEnd = a.start().plus(Duration.ofMinutes(a.durationMinutes()));
        Instant bEnd = b.start().plus(Duration.ofMinutes(b.durationMinutes()));
        return a.start().isBefore(bEnd) && b.start().isBefore(aEnd);
    }

    static void assertNoneOn(List<PlannedAppointment> appointments, List<LocalDate> dates) {
        Set<LocalDate> excluded = new HashSet<>(dates);
        appointments.forEach(a -> assertFalse(excluded.contains(local(a).toLocalDate()), a + " on an infusion date"));
    }
}

package org.riverwoods.kap.treatment.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.treatment.schedule.AppointmentKind.KETAMINE_INFUSION;
import static org.riverwoods.kap.treatment.schedule.AppointmentKind.THERAPY;
import static org.riverwoods.kap.treatment.schedule.ScheduleGeneratorTest.MONDAY;
import static org.riverwoods.kap.treatment.schedule.ScheduleGeneratorTest.dates;
import static org.riverwoods.kap.treatment.schedule.ScheduleGeneratorTest.local;
import static org.riverwoods.kap.treatment.schedule.ScheduleGeneratorTest.of;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClinicSettingsTest {

    @Test
    void defaultsAreTheDocumentedClinicDefaults() {
        ClinicSettings s = Clinics.defaults();

        assertEquals(ZoneId.of("America/Denver"), s.zone());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), s.days());
        assertEquals(LocalTime.of(8, 0), s.opens());
        assertEquals(LocalTime.of(17, 0), s.closes());
        assertEquals(LocalTime.of(9, 0), s.infusionStart());
        assertEquals(LocalTime.of(13, 0), s.therapyStart());
        assertEquals(DayOfWeek.WEDNESDAY, s.groupDay());
        assertEquals(LocalTime.of(15, 0), s.groupStart());
        assertEquals(LocalTime.of(14, 0), s.familyStart());
        assertEquals(LocalTime.of(10, 0), s.aminoAcidStart());
        assertEquals(120, s.observationMinutes());
        assertEquals(50, s.therapyMinutes());
        assertEquals(90, s.groupMinutes());
        assertEquals(60, s.familyMinutes());
        assertEquals(60, s.aminoAcidMinutes());
    }

    @Test
    void aClinicOpenMondayToThursdayBooksNothingOnFriday() {
        ScheduleGenerator generator = new ScheduleGenerator(
                Clinics.clinic(Map.of("kap.treatment.clinic.days", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY")));

        List<PlannedAppointment> all = generator.generate(Protocols.kare(MONDAY));

        all.forEach(a -> assertTrue(local(a).getDayOfWeek().getValue() <= 4, a + " on " + local(a).getDayOfWeek()));
        // Therapy day 4 is a Friday: Monday of week 2, which is also an infusion day (afternoon).
        assertEquals(MONDAY.plusDays(7), dates(of(THERAPY, all)).get(1));
    }

    @Test
    void aLaterInfusionStartMovesTheInfusions() {
        ScheduleGenerator generator = new ScheduleGenerator(
                Clinics.clinic(Map.of("kap.treatment.clinic.infusion-start", "10:00")));

        of(KETAMINE_INFUSION, generator.generate(Protocols.kare(MONDAY)))
                .forEach(i -> assertEquals(LocalTime.of(10, 0), local(i).toLocalTime()));
    }

    @Test
    void settingsAcceptLowerCaseDaysAsEnvironmentVariablesOftenAre() {
        ClinicSettings s = Clinics.clinic(Map.of("kap.treatment.clinic.days", "monday,tuesday,thursday",
                "kap.treatment.clinic.group-day", "thursday"));

        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), s.days());
        assertEquals(DayOfWeek.THURSDAY, s.groupDay());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "opens, 18:00, kap.treatment.clinic.opens",
            "closes, 08:00, kap.treatment.clinic.opens",
            "group-day, SATURDAY, kap.treatment.clinic.group-day",
            "infusion-start, 15:30, kap.treatment.clinic.infusion-start", // 15:30 + 52 + 120 ends 18:22
            "infusion-start, 07:30, kap.treatment.clinic.infusion-start", // before opening
            "infusion-start, 12:00, kap.treatment.clinic.infusion-start", // observation still running at 13:00 therapy
            "observation-minutes, 0, kap.treatment.clinic.observation-minutes",
            "therapy-start, 16:30, kap.treatment.clinic.therapy-start",
            "group-start, 16:00, kap.treatment.clinic.group-start",
            "family-start, 14:30, kap.treatment.clinic.family-start", // runs into group therapy at 15:00
            "group-minutes, 600, kap.treatment.clinic.group-start", // 15:00 + 10 h is past closing
            "amino-acid-start, 16:30, kap.treatment.clinic.amino-acid-start",
    })
    void inconsistentSettingsAreRefusedNamingTheSetting(String setting, String value, String named) {
        ClinicSettings settings = Clinics.clinic(Map.of("kap.treatment.clinic." + setting, value));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ScheduleGenerator(settings));
        // An overlap names both settings, either of which the clinic may have meant to change.
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @Test
    void aClinicWithoutClinicDaysIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ScheduleGenerator(Clinics.withDays(Set.of())));
        assertTrue(e.getMessage().startsWith("kap.treatment.clinic.days:"), e.getMessage());
        // SmallRye already refuses an empty list in configuration, naming the property.
        Exception config = assertThrows(RuntimeException.class,
                () -> Clinics.clinic(Map.of("kap.treatment.clinic.days", "")).days());
        assertTrue(config.getMessage().contains("kap.treatment.clinic.days"), config.getMessage());
    }

    @Test
    void aSettingThatIsNotATimeIsRefusedByConfigurationNamingTheProperty() {
        Exception e = assertThrows(RuntimeException.class,
                () -> Clinics.clinic(Map.of("kap.treatment.clinic.opens", "8am")));
        assertTrue(e.getMessage().contains("kap.treatment.clinic.opens"), e.getMessage());
    }
}

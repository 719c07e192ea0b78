package org.riverwoods.kap.treatment.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/** The clinic's open days and wall clock. */
final class ClinicCalendar {

    private final ZoneId zone;
    private final Set<DayOfWeek> days;

    ClinicCalendar(ZoneId zone, Set<DayOfWeek> days) {
        if (days.isEmpty()) {
            throw new IllegalStateException(ClinicTimetable.SETTING + "days: the clinic must be open at least one day a week");
        }
        this.zone = zone;
        this.days = EnumSet.copyOf(days);
    }

    boolean isOpen(LocalDate date) {
        return isOpen(date.getDayOfWeek());
    }

    boolean isOpen(DayOfWeek day) {
        return days.contains(day);
    }

    /** The date itself if the clinic is open then, otherwise the next clinic day (within a week). */
    LocalDate openOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isOpen(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    int openDaysPerWeek() {
        return days.size();
    }

    /** The instant of a local clock time at the clinic; the zone's rules handle daylight saving. */
    Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}

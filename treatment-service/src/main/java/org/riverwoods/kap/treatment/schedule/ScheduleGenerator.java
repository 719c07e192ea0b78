package org.riverwoods.kap.treatment.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

/**
 * The appointments of a plan: its protocol's infusions and therapy, and the program's group,
 * family and amino-acid sessions, on clinic days and within opening hours. Pure rules, no
 * database: the caller books what this proposes. Created at start-up, so that settings that
 * cannot give a valid schedule stop the service with the setting's name instead of failing the
 * first plan activated.
 */
@Startup
@ApplicationScoped
public class ScheduleGenerator {

    private final ClinicCalendar calendar;
    private final ClinicTimetable timetable;
    private final DayOfWeek groupDay;

    @Inject
    public ScheduleGenerator(ClinicSettings settings) {
        this.calendar = new ClinicCalendar(settings.zone(), settings.days());
        if (!calendar.isOpen(settings.groupDay())) {
            throw new IllegalStateException(ClinicTimetable.SETTING + "group-day: " + settings.groupDay()
                    + " is not one of the clinic days (" + ClinicTimetable.SETTING + "days)");
        }
        this.groupDay = settings.groupDay();
        this.timetable = new ClinicTimetable(settings);
    }

    /** Every appointment of the request, by start time, then by kind. */
    public List<PlannedAppointment> generate(ScheduleRequest request) {
        Slot infusionVisit = timetable.infusionVisit(request.infusionMinutes());
        // The hours were checked for the longest seeded protocol; a longer infusion is checked here.
        timetable.conflict(infusionVisit).ifPresent(why -> {
            throw new IllegalArgumentException("infusionMinutes: " + why);
        });
        if (request.groupSessionsPerWeek() > calendar.openDaysPerWeek()) {
            throw new IllegalArgumentException("groupSessionsPerWeek: more than the clinic's "
                    + calendar.openDaysPerWeek() + " days a week");
        }
        List<LocalDate> infusions = infusionDates(request);
        Set<LocalDate> infusionDays = new HashSet<>(infusions);
        List<PlannedAppointment> planned = new ArrayList<>();
        add(planned, infusionVisit, infusions);
        add(planned, timetable.therapy, therapyDates(request));
        add(planned, timetable.group, groupDates(request));
        add(planned, timetable.family, familyDates(request, infusionDays));
        add(planned, timetable.aminoAcid, aminoAcidDates(request, infusionDays));
        planned.sort(Comparator.comparing(PlannedAppointment::start).thenComparing(PlannedAppointment::kind));
        return List.copyOf(planned);
    }

    /**
     * Infusion i on day firstInfusionDay + i * interval, moved to the next clinic day when the clinic
     * is closed. The interval is a protocol minimum, never shortened: once an infusion has moved, the
     * next one comes at least the interval after it (and never on the same date).
     */
    private List<LocalDate> infusionDates(ScheduleRequest r) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < r.infusionCount(); i++) {
            LocalDate date = r.startDate().plusDays(r.firstInfusionDay() + (long) i * r.infusionIntervalDays());
            if (previous != null) {
                LocalDate earliest = previous.plusDays(Math.max(1, r.infusionIntervalDays()));
                if (date.isBefore(earliest)) {
                    date = earliest;
                }
            }
            previous = calendar.openOnOrAfter(date);
            dates.add(previous);
        }
        return dates;
    }

    /**
     * Therapy sessions spread evenly over the protocol's days: session k on day
     * floor(k * days / sessions), moved to the next clinic day, one session a date. A session may
     * fall on an infusion date (integrated ketamine-assisted psychotherapy): the timetable keeps it
     * after the infusion visit.
     */
    private List<LocalDate> therapyDates(ScheduleRequest r) {
        long protocolDays = r.totalWeeks() * 7L;
        List<LocalDate> dates = new ArrayList<>();
        LocalDate previous = null;
        for (int k = 0; k < r.therapySessions(); k++) {
            LocalDate date = r.startDate().plusDays(k * protocolDays / r.therapySessions());
            if (previous != null && !date.isAfter(previous)) {
                date = previous.plusDays(1);
            }
            previous = calendar.openOnOrAfter(date);
            dates.add(previous);
        }
        return dates;
    }

    /**
     * In each protocol week (7 days from day 7w): the first session on the group day, further ones
     * on the clinic days after it in that week, then, if the week runs out, on the clinic days
     * before it, nearest first. The group day is a clinic day (checked at start-up).
     */
    private List<LocalDate> groupDates(ScheduleRequest r) {
        List<LocalDate> dates = new ArrayList<>();
        for (int w = 0; w < r.totalWeeks(); w++) {
            LocalDate weekStart = r.startDate().plusWeeks(w);
            LocalDate weekEnd = weekStart.plusWeeks(1);
            LocalDate groupDate = weekStart.with(TemporalAdjusters.nextOrSame(groupDay));
            List<LocalDate> week = new ArrayList<>();
            for (LocalDate d = groupDate; d.isBefore(weekEnd) && week.size() < r.groupSessionsPerWeek(); d = d.plusDays(1)) {
                if (calendar.isOpen(d)) {
                    week.add(d);
                }
            }
            for (LocalDate d = groupDate.minusDays(1); !d.isBefore(weekStart) && week.size() < r.groupSessionsPerWeek();
                    d = d.minusDays(1)) {
                if (calendar.isOpen(d)) {
                    week.add(d);
                }
            }
            week.sort(null);
            dates.addAll(week);
        }
        return dates;
    }

    /**
     * Family sessions spread evenly over the protocol weeks: session k in week
     * floor(k * weeks / sessions), on that week's first clinic day without an infusion (a later one
     * if the week has none), one session a date.
     */
    private List<LocalDate> familyDates(ScheduleRequest r, Set<LocalDate> infusionDays) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate previous = null;
        for (int k = 0; k < r.familySessions(); k++) {
            LocalDate date = r.startDate().plusWeeks((long) k * r.totalWeeks() / r.familySessions());
            if (previous != null && !date.isAfter(previous)) {
                date = previous.plusDays(1);
            }
            previous = openWithoutInfusion(date, infusionDays);
            dates.add(previous);
        }
        return dates;
    }

    /** Amino-acid sessions on the first clinic days from the start date that have no infusion. */
    private List<LocalDate> aminoAcidDates(ScheduleRequest r, Set<LocalDate> infusionDays) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = r.startDate();
        while (dates.size() < r.aminoAcidSessions()) {
            date = openWithoutInfusion(date, infusionDays);
            dates.add(date);
            date = date.plusDays(1);
        }
        return dates;
    }

    private LocalDate openWithoutInfusion(LocalDate from, Set<LocalDate> infusionDays) {
        LocalDate date = calendar.openOnOrAfter(from);
        while (infusionDays.contains(date)) {
            date = calendar.openOnOrAfter(date.plusDays(1));
        }
        return date;
    }

    private void add(List<PlannedAppointment> planned, Slot slot, List<LocalDate> dates) {
        for (int i = 0; i < dates.size(); i++) {
            planned.add(new PlannedAppointment(slot.kind(), i + 1, calendar.at(dates.get(i), slot.start()), slot.minutes()));
        }
    }
}

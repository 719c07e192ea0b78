package org.riverwoods.kap.console.plans;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.qute.TemplateData;

/**
 * A patient's appointments as a calendar: weeks (Monday first) holding days holding appointments,
 * in time order. Days are UTC days, as the times on the page are UTC.
 */
public final class CalendarWeeks {

    @TemplateData
    public record Week(LocalDate monday, List<Day> days) {
    }

    @TemplateData
    public record Day(LocalDate date, String dayName, List<Map<String, Object>> appointments) {
    }

    private CalendarWeeks() {
    }

    public static List<Week> of(List<Map<String, Object>> appointments) {
        TreeMap<LocalDate, TreeMap<LocalDate, List<Map<String, Object>>>> weeks = new TreeMap<>();
        for (Map<String, Object> appointment : appointments) {
            LocalDate date = date(appointment.get("startsAt"));
            if (date == null) {
                continue; // the service always gives startsAt; nothing to place otherwise
            }
            LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks.computeIfAbsent(monday, m -> new TreeMap<>()).computeIfAbsent(date, d -> new ArrayList<>())
                    .add(appointment);
        }
        List<Week> result = new ArrayList<>();
        weeks.forEach((monday, days) -> {
            List<Day> inWeek = new ArrayList<>();
            days.forEach((date, list) -> {
                list.sort((a, b) -> String.valueOf(a.get("startsAt")).compareTo(String.valueOf(b.get("startsAt"))));
                inWeek.add(new Day(date, name(date.getDayOfWeek()), list));
            });
            result.add(new Week(monday, inWeek));
        });
        return result;
    }

    private static String name(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase();
    }

    private static LocalDate date(Object iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.ofInstant(Instant.parse(iso.toString()), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package org.riverwoods.kap.treatment.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a plan asks of the schedule: its protocol's infusions and therapy, and the program's own
 * components. Days count from {@code startDate} (day 0); a protocol runs {@code totalWeeks} weeks.
 *
 * @param infusionMinutes minutes of the IV infusion; {@code null} for an IM injection (no infusion time)
 */
public record ScheduleRequest(LocalDate startDate, int firstInfusionDay, int infusionCount, int infusionIntervalDays,
        Integer infusionMinutes, int therapySessions, int totalWeeks, int groupSessionsPerWeek, int familySessions,
        int aminoAcidSessions) {

    public ScheduleRequest {
        Objects.requireNonNull(startDate, "startDate");
        atLeast("firstInfusionDay", firstInfusionDay, 0); // nothing before the start date
        atLeast("infusionCount", infusionCount, 0);
        atLeast("infusionIntervalDays", infusionIntervalDays, 0);
        if (infusionMinutes != null) {
            atLeast("infusionMinutes", infusionMinutes, 1);
        }
        atLeast("therapySessions", therapySessions, 0);
        atLeast("totalWeeks", totalWeeks, 1); // therapy, group and family sessions are spread over these weeks
        atLeast("groupSessionsPerWeek", groupSessionsPerWeek, 0);
        atLeast("familySessions", familySessions, 0);
        atLeast("aminoAcidSessions", aminoAcidSessions, 0);
    }

    private static void atLeast(String field, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(field + " must be at least " + minimum);
        }
    }
}

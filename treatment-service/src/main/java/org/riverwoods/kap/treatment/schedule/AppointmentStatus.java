package org.riverwoods.kap.treatment.schedule;

public enum AppointmentStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED,
    /** The infusion was deferred or aborted; a new time is proposed and waits for staff to confirm it. */
    NEEDS_RESCHEDULE
}

package org.riverwoods.kap.treatment.schedule;

import java.time.Instant;

/**
 * One appointment the generator proposes for a plan, before it is booked.
 *
 * @param sequence 1-based, in date order within its kind (infusion 1, 2, 3; therapy 1..n)
 * @param durationMinutes for an infusion, the whole visit: infusion and observation
 */
public record PlannedAppointment(AppointmentKind kind, int sequence, Instant start, int durationMinutes) {
}

package org.riverwoods.kap.treatment.schedule;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Appointment", description = "One appointment of a plan; times UTC")
public record AppointmentView(UUID id, UUID planId, UUID patientId, AppointmentKind kind, int sequence, Instant startsAt,
        int durationMinutes, AppointmentStatus status, String statusReason,
        @Schema(description = "For NEEDS_RESCHEDULE: the time proposed, to confirm with a reschedule") Instant proposedStart,
        long version) {

    static AppointmentView of(Appointment a) {
        return new AppointmentView(a.id, a.planId, a.patientId, a.kind, a.sequence, a.startsAt, a.durationMinutes,
                a.status, a.statusReason, a.proposedStart, a.rowVersion);
    }
}

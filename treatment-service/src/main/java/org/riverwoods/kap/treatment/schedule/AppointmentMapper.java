package org.riverwoods.kap.treatment.schedule;

import org.riverwoods.kap.kit.outbox.DomainEvent;
import org.riverwoods.kap.treatment.events.AppointmentCancelled;
import org.riverwoods.kap.treatment.events.InfusionScheduled;
import org.riverwoods.kap.treatment.events.TherapySessionScheduled;

final class AppointmentMapper {

    private AppointmentMapper() {
    }

    /** InfusionScheduled for an infusion (with the signed prescription), TherapySessionScheduled for the rest. */
    static DomainEvent scheduled(Appointment a, PlanToSchedule plan) {
        if (a.kind == AppointmentKind.KETAMINE_INFUSION) {
            return new InfusionScheduled(a.id, a.patientId, a.planId, a.planVersion, a.sequence, plan.infusionCount(),
                    a.startsAt, a.durationMinutes, plan.route(), plan.doseMgPerKg(), plan.infusionMinutes(),
                    plan.bolusDoseMgPerKg(), plan.bolusMinutes(), plan.prescriber());
        }
        String modality = a.kind == AppointmentKind.THERAPY ? plan.therapyModality() : null;
        return new TherapySessionScheduled(a.id, a.patientId, a.planId, a.kind.name(), modality, a.sequence, a.startsAt,
                a.durationMinutes);
    }

    static AppointmentCancelled cancelled(Appointment a) {
        return new AppointmentCancelled(a.id, a.patientId, a.planId, a.kind.name(), a.startsAt, a.statusReason,
                a.updatedAt);
    }
}

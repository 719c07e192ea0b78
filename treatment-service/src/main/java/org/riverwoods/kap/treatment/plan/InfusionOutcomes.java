package org.riverwoods.kap.treatment.plan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.inbox.PoisonMessageException;
import org.riverwoods.kap.treatment.events.InfusionSessionEvent;
import org.riverwoods.kap.treatment.schedule.Appointment;
import org.riverwoods.kap.treatment.schedule.AppointmentKind;
import org.riverwoods.kap.treatment.schedule.AppointmentService;
import org.riverwoods.kap.treatment.schedule.AppointmentStatus;

/** What an infusion's outcome does to its plan and appointment. */
@ApplicationScoped
public class InfusionOutcomes {

    private static final String SYSTEM = "system:infusion-service";

    @Inject
    AppointmentService appointments;

    @Inject
    PlanService plans;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public void completed(InfusionSessionEvent event) {
        Appointment appointment = infusionAppointment(event);
        if (appointment.status == AppointmentStatus.COMPLETED) {
            return;
        }
        appointments.markCompleted(appointment);
        TreatmentPlan plan = TreatmentPlan.findById(event.planId());
        plan.completedInfusions++;
        plan.updatedAt = java.time.Instant.now();
        audit.recordSystem("infusion-service", AuditAction.UPDATE, PlanService.RESOURCE, plan.patientId, plan.id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void notGiven(InfusionSessionEvent event, String type) {
        Appointment appointment = infusionAppointment(event);
        if (appointment.status != AppointmentStatus.SCHEDULED) {
            return;
        }
        String why = event.reason() == null || event.reason().isBlank() ? "" : ": " + event.reason();
        appointments.proposeReschedule(appointment,
                (InfusionSessionEvent.DEFERRED.equals(type) ? "Infusion deferred" : "Infusion aborted") + why);
        audit.recordSystem("infusion-service", AuditAction.UPDATE, AppointmentService.class.getSimpleName(),
                appointment.patientId, appointment.id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void seriousAdverseEvent(InfusionSessionEvent event) {
        if (TreatmentPlan.findById(event.planId()) == null) {
            throw new PoisonMessageException("Serious adverse event for an unknown plan");
        }
        plans.holdAfterSeriousAdverseEvent(event.planId(), event.appointmentId(), SYSTEM);
    }

    private static Appointment infusionAppointment(InfusionSessionEvent event) {
        UUID id = event.appointmentId();
        Appointment appointment = id == null ? null : Appointment.findById(id);
        if (appointment == null || appointment.kind != AppointmentKind.KETAMINE_INFUSION
                || !appointment.planId.equals(event.planId())) {
            throw new PoisonMessageException("Infusion event for an unknown infusion appointment");
        }
        return appointment;
    }
}

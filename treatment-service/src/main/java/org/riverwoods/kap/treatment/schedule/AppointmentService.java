package org.riverwoods.kap.treatment.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.access.PatientAccess;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.rest.Page;

import io.quarkus.panache.common.Sort;

/** Books a plan's appointments and keeps them: reschedules, cancellations, reactions to infusions. */
@ApplicationScoped
public class AppointmentService {

    static final String RESOURCE = "Appointment";
    private static final List<AppointmentStatus> OPEN = List.of(AppointmentStatus.SCHEDULED,
            AppointmentStatus.NEEDS_RESCHEDULE);

    @Inject
    ScheduleGenerator generator;

    @Inject
    ClinicSettings clinic;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PatientAccess access;

    @Inject
    SchedulablePlans plans;

    /** The first clinic day on or after {@code from}. */
    public LocalDate firstClinicDayFrom(LocalDate from) {
        LocalDate day = from;
        while (!clinic.days().contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }

    public LocalDate today() {
        return LocalDate.now(clinic.zone());
    }

    /** Books every appointment of a plan that has just become active. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void book(PlanToSchedule plan) {
        List<PlannedAppointment> planned = generator.generate(plan.course());
        Instant now = Instant.now();
        for (PlannedAppointment p : planned) {
            Appointment a = new Appointment();
            a.id = UUID.randomUUID();
            a.planId = plan.id();
            a.patientId = plan.patientId();
            a.planVersion = plan.planVersion();
            a.kind = p.kind();
            a.sequence = p.sequence();
            a.startsAt = p.start();
            a.durationMinutes = p.durationMinutes();
            a.status = AppointmentStatus.SCHEDULED;
            a.createdAt = now;
            a.updatedAt = now;
            a.persist();
            outbox.append(AppointmentMapper.scheduled(a, plan));
        }
    }

    /** After an amended prescription: upcoming infusions are announced again with the new dose and plan version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reannounceUpcomingInfusions(PlanToSchedule plan) {
        List<Appointment> upcoming = Appointment.list("planId = ?1 and kind = ?2 and status = ?3", plan.id(),
                AppointmentKind.KETAMINE_INFUSION, AppointmentStatus.SCHEDULED);
        for (Appointment a : upcoming) {
            a.planVersion = plan.planVersion();
            a.updatedAt = Instant.now();
            outbox.append(AppointmentMapper.scheduled(a, plan));
        }
    }

    /** Cancels what has not happened yet: every kind, or infusions only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelUpcoming(UUID planId, boolean infusionsOnly, String reason) {
        return cancelUpcoming(planId, infusionsOnly, reason, null);
    }

    /** As above, sparing one appointment: the infusion during which a serious adverse event happened. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelUpcoming(UUID planId, boolean infusionsOnly, String reason, UUID except) {
        List<Appointment> upcoming = Appointment.list("planId = ?1 and status in ?2", planId, OPEN);
        int cancelled = 0;
        for (Appointment a : upcoming) {
            if (infusionsOnly && a.kind != AppointmentKind.KETAMINE_INFUSION || a.id.equals(except)) {
                continue;
            }
            cancel(a, reason);
            cancelled++;
        }
        return cancelled;
    }

    @Transactional
    public AppointmentView reschedule(UUID appointmentId, String ifMatch, RescheduleRequest request) {
        Appointment a = find(appointmentId);
        ETags.requireMatch(ifMatch, a.rowVersion);
        PlanToSchedule plan = plans.find(a.planId).orElseThrow();
        if (a.status == AppointmentStatus.COMPLETED) {
            throw new ProblemException(ProblemType.CONFLICT, "A completed appointment cannot be moved");
        }
        if (!plan.active()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "The plan is " + plan.status() + "; appointments are booked only for an active plan");
        }
        requireClinicHours(request.startsAt(), a.durationMinutes);
        a.startsAt = request.startsAt();
        a.status = AppointmentStatus.SCHEDULED;
        a.statusReason = request.reason().trim();
        a.proposedStart = null;
        a.updatedAt = Instant.now();
        Appointment.flush();
        outbox.append(AppointmentMapper.scheduled(a, plan));
        audit.record(AuditAction.UPDATE, RESOURCE, a.patientId, a.id);
        return AppointmentView.of(a);
    }

    @Transactional
    public AppointmentView cancel(UUID appointmentId, String ifMatch, CancellationRequest request) {
        Appointment a = find(appointmentId);
        ETags.requireMatch(ifMatch, a.rowVersion);
        if (!OPEN.contains(a.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "Only an upcoming appointment can be cancelled; this one is "
                    + a.status);
        }
        cancel(a, request.reason().trim());
        Appointment.flush();
        audit.record(AuditAction.UPDATE, RESOURCE, a.patientId, a.id);
        return AppointmentView.of(a);
    }

    /** The infusion took place. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markCompleted(Appointment a) {
        a.status = AppointmentStatus.COMPLETED;
        a.updatedAt = Instant.now();
    }

    /** A deferred or aborted infusion: propose the same time on the next clinic day, for staff to confirm. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void proposeReschedule(Appointment a, String reason) {
        ZonedDateTime at = a.startsAt.atZone(clinic.zone());
        LocalDate next = firstClinicDayFrom(at.toLocalDate().plusDays(1));
        a.status = AppointmentStatus.NEEDS_RESCHEDULE;
        a.statusReason = reason;
        a.proposedStart = at.with(next).toInstant();
        a.updatedAt = Instant.now();
    }

    @Transactional
    public Page<AppointmentView> day(LocalDate date, int page, int size) {
        Instant from = date.atStartOfDay(clinic.zone()).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(clinic.zone()).toInstant();
        var query = Appointment.<Appointment>find("startsAt >= ?1 and startsAt < ?2", Sort.by("startsAt").and("id"),
                from, to);
        return page(query.page(io.quarkus.panache.common.Page.of(page, size)).list(), page, size, query.count());
    }

    @Transactional
    public Page<AppointmentView> forPatient(UUID patientId, int page, int size) {
        access.require(patientId, RESOURCE);
        var query = Appointment.<Appointment>find("patientId", Sort.by("startsAt").and("id"), patientId);
        return page(query.page(io.quarkus.panache.common.Page.of(page, size)).list(), page, size, query.count());
    }

    @Transactional
    public Page<AppointmentView> forPlan(UUID planId, int page, int size) {
        PlanToSchedule plan = plans.find(planId)
                .orElseThrow(() -> ProblemException.notFound("Treatment plan " + planId));
        access.require(plan.patientId(), RESOURCE);
        var query = Appointment.<Appointment>find("planId", Sort.by("startsAt").and("id"), planId);
        return page(query.page(io.quarkus.panache.common.Page.of(page, size)).list(), page, size, query.count());
    }

    @Transactional
    public AppointmentView get(UUID appointmentId) {
        Appointment a = find(appointmentId);
        audit.record(AuditAction.READ, RESOURCE, a.patientId, a.id);
        return AppointmentView.of(a);
    }

    private Page<AppointmentView> page(List<Appointment> appointments, int page, int size, long total) {
        appointments.forEach(a -> audit.record(AuditAction.LIST, RESOURCE, a.patientId, a.id));
        return Page.of(appointments.stream().map(AppointmentView::of).toList(), page, size, total);
    }

    private void cancel(Appointment a, String reason) {
        a.status = AppointmentStatus.CANCELLED;
        a.statusReason = reason;
        a.proposedStart = null;
        a.updatedAt = Instant.now();
        outbox.append(AppointmentMapper.cancelled(a));
    }

    private void requireClinicHours(Instant start, int minutes) {
        ZonedDateTime local = start.atZone(clinic.zone());
        boolean clinicDay = clinic.days().contains(local.getDayOfWeek());
        boolean inHours = !local.toLocalTime().isBefore(clinic.opens())
                && !local.toLocalTime().plusMinutes(minutes).isAfter(clinic.closes())
                && local.toLocalTime().plusMinutes(minutes).isAfter(local.toLocalTime());
        if (!clinicDay || !inHours) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The appointment (" + minutes
                    + " min) must fall on a clinic day between " + clinic.opens() + " and " + clinic.closes() + " "
                    + clinic.zone() + " (kap.treatment.clinic.*)");
        }
    }

    private Appointment find(UUID appointmentId) {
        Appointment a = Appointment.findById(appointmentId);
        if (a == null) {
            throw ProblemException.notFound("Appointment " + appointmentId);
        }
        access.require(a.patientId, RESOURCE);
        return a;
    }
}

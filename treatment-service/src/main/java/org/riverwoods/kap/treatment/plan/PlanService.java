package org.riverwoods.kap.treatment.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.access.PatientAccess;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Caller;
import org.riverwoods.kap.treatment.schedule.AppointmentService;

import io.quarkus.panache.common.Sort;

/** Reading plans and moving them through their lifecycle; approval is the prescriber's signature. */
@ApplicationScoped
public class PlanService {

    static final String RESOURCE = "TreatmentPlan";

    @Inject
    PatientAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    PlanHistory history;

    @Inject
    AppointmentService appointments;

    @Inject
    PlanViews views;

    @Transactional
    public PlanView get(UUID planId) {
        TreatmentPlan plan = find(planId);
        audit.record(AuditAction.READ, RESOURCE, plan.patientId, planId);
        return views.of(plan);
    }

    @Transactional
    public Page<PlanView> listForPatient(UUID patientId, int page, int size) {
        access.require(patientId, RESOURCE);
        var query = TreatmentPlan.<TreatmentPlan>find("patientId", Sort.by("createdAt").and("id"), patientId);
        List<TreatmentPlan> plans = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        audit.record(AuditAction.LIST, RESOURCE, patientId, null);
        return Page.of(views.of(plans), page, size, query.count());
    }

    @Transactional
    public Page<PlanView> listByStatus(PlanStatus status, int page, int size) {
        var query = TreatmentPlan.<TreatmentPlan>find("status", Sort.by("createdAt").and("id"), status);
        List<TreatmentPlan> plans = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        plans.forEach(p -> audit.record(AuditAction.LIST, RESOURCE, p.patientId, p.id));
        return Page.of(views.of(plans), page, size, query.count());
    }

    @Transactional
    public List<PlanHistoryEntry> history(UUID planId) {
        TreatmentPlan plan = find(planId);
        audit.record(AuditAction.READ, "TreatmentPlanHistory", plan.patientId, planId);
        return history.of(planId);
    }

    /**
     * The prescriber signs the plan as read (If-Match) with its dose prescription. The row is locked,
     * so of two prescribers approving at once one signs and the other is told it is already signed.
     */
    @Transactional
    public PlanView approve(UUID planId, String ifMatch) {
        TreatmentPlan plan = lock(planId);
        if (plan.status != PlanStatus.DRAFT) {
            throw new ProblemException(ProblemType.CONFLICT, plan.status == PlanStatus.APPROVED
                    ? "This plan was already approved by " + plan.approvedBy + " at " + plan.approvedAt
                    : "Only a draft plan can be approved; this one is " + plan.status);
        }
        ETags.requireMatch(ifMatch, plan.rowVersion);
        plan.status = PlanStatus.APPROVED;
        plan.statusReason = null;
        plan.approvedBy = caller.subject();
        plan.approvedAt = Instant.now();
        plan.updatedAt = plan.approvedAt;
        plan.prescriptionDigest = PlanMapper.digest(plan);
        TreatmentPlan.flush();
        history.record(plan, PlanHistoryEntry.Change.APPROVED, "Signed with its ketamine prescription", plan.approvedBy);
        outbox.append(PlanMapper.approved(plan));
        audit.record(AuditAction.UPDATE, RESOURCE, plan.patientId, planId);
        return views.of(plan);
    }

    @Transactional
    public PlanView changeStatus(UUID planId, String ifMatch, StatusChangeRequest request) {
        TreatmentPlan plan = lock(planId);
        access.require(plan.patientId, RESOURCE);
        ETags.requireMatch(ifMatch, plan.rowVersion);
        PlanStatus previous = plan.status;
        if (request.status() == PlanStatus.APPROVED || request.status() == PlanStatus.DRAFT) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "Use the approval endpoint to approve; a plan never returns to draft");
        }
        if (!previous.canBecome(request.status())) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "A plan that is " + previous + " cannot become " + request.status()
                            + (previous == PlanStatus.DRAFT ? " (it must be approved by a prescriber first)" : ""));
        }
        if (request.startDate() != null && !(previous == PlanStatus.APPROVED && request.status() == PlanStatus.ACTIVE)) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "startDate is given only when activating an approved plan");
        }
        boolean activation = previous == PlanStatus.APPROVED && request.status() == PlanStatus.ACTIVE;
        if (activation) {
            plan.startDate = startDate(request.startDate());
        }
        move(plan, request.status(), request.reason().trim(), caller.subject());
        if (activation) {
            appointments.book(PlanSchedule.of(plan));
        }
        if (plan.status.isClosed()) {
            appointments.cancelUpcoming(plan.id, false, "Plan " + plan.status.name().toLowerCase() + ": " + plan.statusReason);
        }
        audit.record(AuditAction.UPDATE, RESOURCE, plan.patientId, planId);
        return views.of(plan);
    }

    /**
     * A prescriber amends the plan: a new plan version with the reason in its history. The prescriber
     * signs the amended prescription as they make it, so an approved or active plan stays approved
     * (new digest, TreatmentPlanApproved again) and its upcoming infusions carry the new dose.
     * The number and spacing of infusions change only before activation, when nothing is booked yet.
     */
    @Transactional
    public PlanView amend(UUID planId, String ifMatch, AmendmentRequest request) {
        TreatmentPlan plan = lock(planId);
        ETags.requireMatch(ifMatch, plan.rowVersion);
        if (plan.status.isClosed() || plan.status == PlanStatus.ON_HOLD && request.changesPrescription()) {
            throw new ProblemException(ProblemType.CONFLICT, "A plan that is " + plan.status
                    + " cannot be amended" + (plan.status == PlanStatus.ON_HOLD ? " before it is resumed" : ""));
        }
        if (request.changesSchedule() && plan.status == PlanStatus.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "The number and spacing of infusions change only before activation; reschedule or cancel appointments instead");
        }
        PlanAmendment.apply(request, plan);
        plan.planVersion++;
        plan.updatedAt = Instant.now();
        boolean signed = plan.status == PlanStatus.APPROVED || plan.status == PlanStatus.ACTIVE;
        if (signed) {
            plan.approvedBy = caller.subject();
            plan.approvedAt = plan.updatedAt;
            plan.prescriptionDigest = PlanMapper.digest(plan);
        }
        TreatmentPlan.flush();
        history.record(plan, PlanHistoryEntry.Change.AMENDED, request.reason().trim(), caller.subject());
        if (signed) {
            outbox.append(PlanMapper.approved(plan));
            if (request.changesPrescription()) {
                appointments.reannounceUpcomingInfusions(PlanSchedule.of(plan));
            }
        }
        audit.record(AuditAction.UPDATE, RESOURCE, plan.patientId, planId);
        return views.of(plan);
    }

    /**
     * A serious adverse event stops the protocol until a prescriber has reviewed it: the plan goes on
     * hold and its upcoming infusions are cancelled (a prescriber reinstates them after resuming).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdAfterSeriousAdverseEvent(UUID planId, UUID duringAppointment, String system) {
        TreatmentPlan plan = TreatmentPlan.findById(planId, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || plan.status.isClosed()) {
            return;
        }
        if (plan.status != PlanStatus.ON_HOLD) {
            move(plan, PlanStatus.ON_HOLD, "Serious adverse event reported; prescriber review required", system);
        }
        appointments.cancelUpcoming(plan.id, true, "Plan on hold after a serious adverse event", duringAppointment);
        audit.recordSystem("infusion-service", AuditAction.UPDATE, RESOURCE, plan.patientId, planId);
    }

    private void move(TreatmentPlan plan, PlanStatus next, String reason, String by) {
        PlanStatus previous = plan.status;
        plan.status = next;
        plan.statusReason = reason;
        plan.updatedAt = Instant.now();
        TreatmentPlan.flush();
        history.record(plan, PlanHistoryEntry.Change.STATUS_CHANGED, reason, by);
        outbox.append(PlanMapper.statusChanged(plan, previous));
    }

    /** Day 0 of an activated plan: the date asked for, or tomorrow, moved to a clinic day. */
    private LocalDate startDate(LocalDate requested) {
        LocalDate today = appointments.today();
        if (requested != null && requested.isBefore(today)) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "startDate cannot be in the past");
        }
        return appointments.firstClinicDayFrom(requested != null ? requested : today.plusDays(1));
    }

    private TreatmentPlan find(UUID planId) {
        TreatmentPlan plan = TreatmentPlan.findById(planId);
        if (plan == null) {
            throw ProblemException.notFound("Treatment plan " + planId);
        }
        access.require(plan.patientId, RESOURCE);
        return plan;
    }

    private TreatmentPlan lock(UUID planId) {
        TreatmentPlan plan = TreatmentPlan.findById(planId, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            throw ProblemException.notFound("Treatment plan " + planId);
        }
        return plan;
    }
}

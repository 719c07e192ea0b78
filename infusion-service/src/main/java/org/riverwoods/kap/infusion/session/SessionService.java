package org.riverwoods.kap.infusion.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.infusion.consent.TreatmentConsent;
import org.riverwoods.kap.infusion.dose.DoseCalculator;
import org.riverwoods.kap.infusion.dose.DoseOrder;
import org.riverwoods.kap.infusion.dose.DoseRefusedException;
import org.riverwoods.kap.infusion.dose.Route;
import org.riverwoods.kap.infusion.events.InfusionAborted;
import org.riverwoods.kap.infusion.events.InfusionCheckedIn;
import org.riverwoods.kap.infusion.events.InfusionDeferred;
import org.riverwoods.kap.infusion.events.InfusionStarted;
import org.riverwoods.kap.infusion.ledger.Dispensing;
import org.riverwoods.kap.infusion.plan.PlanStatusRecord;
import org.riverwoods.kap.infusion.risk.SuicideRisk;
import org.riverwoods.kap.infusion.safety.GateInput;
import org.riverwoods.kap.infusion.safety.GateResult;
import org.riverwoods.kap.infusion.safety.SafetyGate;
import org.riverwoods.kap.kit.access.PatientAccess;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Caller;

import io.quarkus.panache.common.Sort;

/**
 * A session from check-in to the start of dosing. No path starts an infusion unless the safety
 * gate passed on its latest run, the dose for the current order was calculated and checked by a
 * second clinician, and at the moment of starting the treatment consent is still valid, the plan is
 * active, the appointment stands and no suicide-risk flag waits for review; the start draws the
 * verified dose from a named vial in the controlled-substance ledger, in the same transaction. The resource confirms
 * first that this service holds the latest of those facts ({@link CurrentSessionFacts}).
 */
@ApplicationScoped
public class SessionService {

    static final String RESOURCE = "InfusionSession";

    @Inject
    SafetyGate gate;

    @Inject
    DoseCalculator calculator;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PatientAccess access;

    @Inject
    Caller caller;

    @Inject
    SessionBoard board;

    @Inject
    Dispensing dispensing;

    /**
     * A patient is checked in for the infusion booked for today, never for one booked on another
     * day (that is charting into the wrong visit): move the appointment in treatment-service first.
     * Training systems and automated journeys, which give a whole course in one sitting, turn it off.
     */
    @ConfigProperty(name = "kap.infusion.check-in.scheduled-day-only", defaultValue = "true")
    boolean scheduledDayOnly;

    @ConfigProperty(name = "kap.infusion.clinic-zone", defaultValue = "America/Denver")
    ZoneId clinicZone;

    @Transactional
    public SessionView get(UUID sessionId) {
        InfusionSession s = find(sessionId);
        access.require(s.patientId, RESOURCE);
        audit.record(AuditAction.READ, RESOURCE, s.patientId, s.id);
        return asSeenByCaller(SessionView.of(s));
    }

    private SessionView asSeenByCaller(SessionView view) {
        return caller.isPatientOnly() ? view.forPatient() : view;
    }

    @Transactional
    public Page<SessionView> listForPatient(UUID patientId, int page, int size) {
        access.require(patientId, RESOURCE);
        var query = InfusionSession.<InfusionSession>find("patientId", Sort.by("scheduledStart").and("id"), patientId);
        List<InfusionSession> found = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        audit.record(AuditAction.LIST, RESOURCE, patientId, null);
        return Page.of(found.stream().map(SessionView::of).map(this::asSeenByCaller).toList(), page, size, query.count());
    }

    @Transactional
    public SessionView checkIn(UUID sessionId, Requests.CheckIn request) {
        InfusionSession s = lockInStatus(sessionId, SessionStatus.CHECKED_IN);
        Instant now = Instant.now();
        requireScheduledToday(s, now);
        s.status = SessionStatus.CHECKED_IN;
        s.checkedInAt = now;
        s.checkedInBy = caller.subject();
        s.weightKg = request.weightKg();
        s.weightMeasuredAt = now;
        s.concomitantMedications = request.concomitantMedications();
        outbox.append(new InfusionCheckedIn(s.id, s.appointmentId, s.patientId, s.planId, now, s.weightKg,
                s.weightMeasuredAt));
        return saved(s);
    }

    private void requireScheduledToday(InfusionSession s, Instant now) {
        LocalDate booked = LocalDate.ofInstant(s.scheduledStart, clinicZone);
        LocalDate today = LocalDate.ofInstant(now, clinicZone);
        if (scheduledDayOnly && !booked.equals(today)) {
            throw new ProblemException(ProblemType.CONFLICT, "This infusion is booked for " + booked + ", not today ("
                    + today + ", clinic time): check the patient in on that day, or move the appointment in "
                    + "treatment-service first");
        }
    }

    /**
     * Runs every gate check, on the facts as they stand now. All pass: the session may be dosed. A
     * failure that makes today unsafe (blood pressure, fasting, intoxication, pregnancy, a plan not
     * active) defers the infusion; one staff can fix on the spot (no prescriber on site yet, a missing
     * measurement, an unreviewed suicide-risk flag) answers 409 listing what failed. The gate may be
     * run again until the start: every run is kept and the latest decides.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public SessionView preAssess(UUID sessionId, Requests.PreAssessment answers) {
        InfusionSession s = lockInStatus(sessionId, SessionStatus.PRE_ASSESSMENT_PASSED);
        Instant now = Instant.now();
        boolean consent = TreatmentConsent.validFor(s.patientId, now);
        String planStatus = PlanStatusRecord.statusOf(s.planId);
        Instant suicideRisk = SuicideRisk.openSince(s.patientId);
        GateResult result = gate.evaluate(new GateInput(consent, answers.lastSolidsAt(), answers.lastClearLiquidsAt(),
                answers.pregnancyTestApplicable(), answers.pregnancyTestNegative(),
                answers.breathAlcoholGramsPerDecilitre(), answers.selfReportedIntoxication(),
                answers.baselineSystolicMmHg(), answers.baselineDiastolicMmHg(), answers.baselineHeartRateBpm(),
                answers.baselineSpo2Percent(), answers.baselineRespiratoryRatePerMinute(), s.weightMeasuredAt,
                answers.prescriberOnSite(), planStatus, suicideRisk, now));
        List<PreAssessmentRecord.Finding> findings = result.failures().stream()
                .map(f -> new PreAssessmentRecord.Finding(f.check().name(), f.message())).toList();
        PreAssessmentRecord run = new PreAssessmentRecord(now, caller.subject(), answers, consent, planStatus,
                suicideRisk, result.passed(), findings);
        List<PreAssessmentRecord> runs = new ArrayList<>(s.preAssessmentRuns);
        runs.add(run);
        s.preAssessmentRuns = runs; // a new list: the JSON column is written when the field changes
        s.baselineSystolicMmHg = answers.baselineSystolicMmHg();
        s.baselineDiastolicMmHg = answers.baselineDiastolicMmHg();
        s.baselineHeartRateBpm = answers.baselineHeartRateBpm();
        if (result.passed()) {
            s.status = SessionStatus.PRE_ASSESSMENT_PASSED;
            return saved(s);
        }
        if (result.shouldDefer()) {
            s.status = SessionStatus.DEFERRED;
            s.statusReason = String.join("; ", findings.stream().map(PreAssessmentRecord.Finding::message).toList());
            outbox.append(new InfusionDeferred(s.id, s.appointmentId, s.patientId, s.planId, now, s.statusReason,
                    findings.stream().map(PreAssessmentRecord.Finding::check).toList()));
            return saved(s);
        }
        s.status = SessionStatus.CHECKED_IN; // a passed gate does not stand after a failing run
        saved(s);
        throw GateProblem.of(findings);
    }

    @Transactional
    public SessionView calculateDose(UUID sessionId, Requests.Dose request) {
        InfusionSession s = find(sessionId, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(s, SessionStatus.PRE_ASSESSMENT_PASSED, "calculate the dose");
        try {
            s.dose = calculator.calculate(order(s), s.weightKg, request.concentrationMgPerMl());
        } catch (DoseRefusedException e) {
            throw new ProblemException(ProblemType.CONFLICT, e.getMessage());
        }
        s.lotNumber = request.lotNumber().trim();
        s.doseCalculatedBy = caller.subject();
        s.doseVerifiedBy = null; // a new calculation needs a new double check
        s.doseVerifiedAt = null;
        return saved(s);
    }

    /** The second clinician's check of the calculated dose: never the one who calculated it. */
    @Transactional
    public SessionView verifyDose(UUID sessionId) {
        InfusionSession s = find(sessionId, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(s, SessionStatus.PRE_ASSESSMENT_PASSED, "verify the dose");
        if (s.dose == null) {
            throw new ProblemException(ProblemType.CONFLICT, s.orderAmendedAt != null
                    ? "The prescription was amended at " + s.orderAmendedAt + ": calculate the dose for the new order first"
                    : "No dose has been calculated yet");
        }
        if (caller.subject().equals(s.doseCalculatedBy)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "The dose must be verified by a second clinician, not by the one who calculated it");
        }
        s.doseVerifiedBy = caller.subject();
        s.doseVerifiedAt = Instant.now();
        return saved(s);
    }

    /**
     * Starts dosing only on the facts as they stand now: the gate passed on its latest run, the dose
     * for the current order calculated and checked by a second clinician, the consent valid, the plan
     * active, the appointment not cancelled and no suicide-risk flag waiting for review.
     */
    @Transactional
    public SessionView start(UUID sessionId, UUID vialId) {
        InfusionSession s = find(sessionId, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(s, SessionStatus.PRE_ASSESSMENT_PASSED, "start the infusion (the safety gate must pass first)");
        if (s.dose == null || s.doseVerifiedBy == null) {
            throw new ProblemException(ProblemType.CONFLICT, s.orderAmendedAt != null
                    ? "The prescription was amended at " + s.orderAmendedAt + " (plan version " + s.planVersion
                            + "): calculate the dose again and have a second clinician check it before the start"
                    : "The dose must be calculated and verified by a second clinician before the start");
        }
        Instant now = Instant.now();
        if (!TreatmentConsent.validFor(s.patientId, now)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "The treatment consent is no longer valid (revoked or expired): no infusion without consent");
        }
        SafetyGate.planRefusal(PlanStatusRecord.statusOf(s.planId)).ifPresent(why -> {
            throw new ProblemException(ProblemType.CONFLICT, why);
        });
        SafetyGate.suicideRiskRefusal(SuicideRisk.openSince(s.patientId)).ifPresent(why -> {
            throw new ProblemException(ProblemType.CONFLICT, why);
        });
        // the verified dose leaves the named vial in this transaction: no start without its draw
        dispensing.drawForInfusion(new Dispensing.InfusionDraw(s.id, s.patientId, s.lotNumber, s.dose.totalDoseMg(), vialId));
        s.status = SessionStatus.INFUSING;
        s.dosingStartedAt = now;
        outbox.append(new InfusionStarted(s.id, s.appointmentId, s.patientId, s.planId, now, s.route,
                s.dose.totalDoseMg(), s.infusionMinutes));
        return saved(s);
    }

    @Transactional
    public SessionView endInfusion(UUID sessionId) {
        InfusionSession s = lockInStatus(sessionId, SessionStatus.RECOVERY);
        s.status = SessionStatus.RECOVERY;
        s.infusionEndedAt = Instant.now();
        return saved(s);
    }

    @Transactional
    public SessionView abort(UUID sessionId, String reason) {
        InfusionSession s = lockInStatus(sessionId, SessionStatus.ABORTED);
        Instant now = Instant.now();
        s.status = SessionStatus.ABORTED;
        s.statusReason = reason.trim();
        if (s.dosingStartedAt != null && s.infusionEndedAt == null) {
            s.infusionEndedAt = now;
        }
        outbox.append(new InfusionAborted(s.id, s.appointmentId, s.patientId, s.planId, now, s.statusReason));
        return saved(s);
    }

    static DoseOrder order(InfusionSession s) {
        Route route = Route.valueOf(s.route);
        return new DoseOrder(route, s.doseMgPerKg, s.infusionMinutes, s.bolusDoseMgPerKg, s.bolusMinutes);
    }

    InfusionSession lockInStatus(UUID sessionId, SessionStatus next) {
        InfusionSession s = find(sessionId, LockModeType.PESSIMISTIC_WRITE);
        refuseIfCancelled(s);
        if (!s.status.canBecome(next)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "A session that is " + s.status + " cannot become " + next);
        }
        return s;
    }

    /** Treatment cancelled the appointment: the visit ends here, whatever step was next. */
    private static void refuseIfCancelled(InfusionSession s) {
        if (s.status == SessionStatus.CANCELLED) {
            throw new ProblemException(ProblemType.CONFLICT, "The appointment was cancelled in treatment-service"
                    + (s.statusReason == null ? "" : " (" + s.statusReason + ")") + ": this visit cannot go on");
        }
    }

    private static void requireStatus(InfusionSession s, SessionStatus required, String action) {
        refuseIfCancelled(s);
        if (s.status != required) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Cannot " + action + " while the session is " + s.status);
        }
    }

    SessionView saved(InfusionSession s) {
        s.updatedAt = Instant.now();
        InfusionSession.flush();
        audit.record(AuditAction.UPDATE, RESOURCE, s.patientId, s.id);
        board.changed(s.id);
        return SessionView.of(s);
    }

    static InfusionSession find(UUID sessionId) {
        return find(sessionId, LockModeType.NONE);
    }

    static InfusionSession find(UUID sessionId, LockModeType lock) {
        InfusionSession s = InfusionSession.findById(sessionId, lock);
        if (s == null) {
            throw ProblemException.notFound("Infusion session " + sessionId);
        }
        return s;
    }
}

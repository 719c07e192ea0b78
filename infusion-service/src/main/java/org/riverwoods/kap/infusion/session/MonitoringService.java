package org.riverwoods.kap.infusion.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.infusion.events.AdverseEventReported;
import org.riverwoods.kap.infusion.events.SeriousAdverseEventReported;
import org.riverwoods.kap.infusion.events.VitalsRecorded;
import org.riverwoods.kap.infusion.safety.SafetyAlert;
import org.riverwoods.kap.infusion.safety.VitalsAlertRules;
import org.riverwoods.kap.infusion.safety.VitalsReading;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.security.Caller;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Vitals, the alerts they raise, and adverse events. An alert is written in the same transaction as
 * its reading, so SafetyAlertRaised leaves through the outbox within milliseconds of the reading.
 */
@ApplicationScoped
public class MonitoringService {

    private static final Set<SessionStatus> MEASURABLE = Set.of(SessionStatus.CHECKED_IN,
            SessionStatus.PRE_ASSESSMENT_PASSED, SessionStatus.INFUSING, SessionStatus.RECOVERY);
    private static final String OVERDUE_RULE = org.riverwoods.kap.infusion.safety.AlertRule.BLOOD_PRESSURE_OVERDUE.name();

    @Inject
    VitalsAlertRules rules;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    SessionBoard board;

    @Inject
    SessionAlerts alerts;

    /** A reading and the alerts it raised. */
    public record Recorded(VitalsView reading, List<AlertView> alerts) {
    }

    @Transactional
    public Recorded recordVitals(UUID sessionId, Requests.Vitals request) {
        InfusionSession s = SessionService.find(sessionId, LockModeType.PESSIMISTIC_WRITE);
        boolean observedAfterAbort = s.status == SessionStatus.ABORTED && s.dosingStartedAt != null;
        if (!MEASURABLE.contains(s.status) && !observedAfterAbort) {
            throw new ProblemException(ProblemType.CONFLICT, "Vitals are recorded from check-in to discharge; the session is "
                    + s.status);
        }
        VitalsReadingEntity r = new VitalsReadingEntity();
        r.id = UUID.randomUUID();
        r.sessionId = s.id;
        r.takenAt = request.takenAt() != null ? request.takenAt() : Instant.now();
        r.systolicMmHg = request.systolicMmHg();
        r.diastolicMmHg = request.diastolicMmHg();
        r.heartRateBpm = request.heartRateBpm();
        r.spo2Percent = request.spo2Percent();
        r.respiratoryRatePerMinute = request.respiratoryRatePerMinute();
        r.moaas = request.moaas();
        r.cadssTotal = request.cadssTotal();
        r.source = "MONITOR".equals(request.source()) ? "MONITOR" : "MANUAL";
        r.recordedBy = caller.subject();
        r.persist();
        outbox.append(new VitalsRecorded(s.id, s.patientId, r.takenAt, r.systolicMmHg, r.diastolicMmHg, r.heartRateBpm,
                r.spo2Percent, r.respiratoryRatePerMinute, r.moaas, r.cadssTotal, r.source));
        List<AlertView> raised = List.of();
        if (s.status.isUnderCare() || observedAfterAbort) { // a stopped infusion is still watched
            raised = rules.evaluate(new VitalsReading(r.takenAt, r.systolicMmHg, r.diastolicMmHg, r.heartRateBpm,
                    r.spo2Percent, r.respiratoryRatePerMinute, r.moaas, r.cadssTotal)).stream()
                    .map(alert -> alerts.raise(s, alert, r.id)).toList();
        }
        audit.record(AuditAction.CREATE, "VitalsReading", s.patientId, r.id);
        board.changed(s.id);
        return new Recorded(VitalsView.of(r), raised);
    }

    @Transactional
    public List<VitalsView> vitals(UUID sessionId) {
        InfusionSession s = SessionService.find(sessionId);
        audit.record(AuditAction.READ, "VitalsReading", s.patientId, s.id);
        return VitalsReadingEntity.<VitalsReadingEntity>list("sessionId = ?1 order by takenAt", s.id).stream()
                .map(VitalsView::of).toList();
    }

    @Transactional
    public AdverseEventView reportAdverseEvent(UUID sessionId, Requests.AdverseEvent request) {
        InfusionSession s = SessionService.find(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (s.dosingStartedAt == null) {
            throw new ProblemException(ProblemType.CONFLICT, "Adverse events are reported once dosing has started");
        }
        AdverseEventEntity e = new AdverseEventEntity();
        e.id = UUID.randomUUID();
        e.sessionId = s.id;
        e.patientId = s.patientId;
        e.type = request.type().trim().toUpperCase();
        e.severity = request.severity();
        e.actionsTaken = List.copyOf(request.actionsTaken());
        e.notes = request.notes();
        e.reportedAt = Instant.now();
        e.occurredAt = request.occurredAt() != null ? request.occurredAt() : e.reportedAt;
        e.reportedBy = caller.subject();
        e.persist();
        outbox.append(new AdverseEventReported(e.id, s.id, s.appointmentId, s.patientId, s.planId, e.type,
                e.severity.name(), e.actionsTaken, e.occurredAt));
        if (e.severity == AdverseEventSeverity.SERIOUS) {
            outbox.append(new SeriousAdverseEventReported(e.id, s.id, s.appointmentId, s.patientId, s.planId, e.type,
                    e.actionsTaken, e.reportedAt));
        }
        audit.record(AuditAction.CREATE, "AdverseEvent", s.patientId, e.id);
        board.changed(s.id);
        return AdverseEventView.of(e);
    }

    /** Every 15 s: an infusing patient whose blood pressure is overdue gets one reminder per overdue period. */
    @Scheduled(every = "{kap.infusion.overdue-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindOverdueBloodPressure() {
        List<UUID> infusing = QuarkusTransaction.requiringNew().call(() -> InfusionSession
                .<InfusionSession>list("status", SessionStatus.INFUSING).stream().map(s -> s.id).toList());
        for (UUID id : infusing) {
            QuarkusTransaction.requiringNew().run(() -> remindIfOverdue(id, Instant.now()));
        }
    }

    void remindIfOverdue(UUID sessionId, Instant now) {
        InfusionSession s = InfusionSession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || s.status != SessionStatus.INFUSING) {
            return;
        }
        VitalsReadingEntity lastBp = VitalsReadingEntity
                .find("sessionId = ?1 and systolicMmHg is not null order by takenAt desc", s.id).firstResult();
        Instant since = lastBp != null && lastBp.takenAt.isAfter(s.dosingStartedAt) ? lastBp.takenAt : s.dosingStartedAt;
        Optional<SafetyAlert> overdue = rules.bloodPressureOverdue(s.dosingStartedAt,
                lastBp == null ? null : lastBp.takenAt, now);
        boolean alreadyReminded = SafetyAlertEntity.count("sessionId = ?1 and rule = ?2 and raisedAt > ?3", s.id,
                OVERDUE_RULE, since) > 0;
        if (overdue.isPresent() && !alreadyReminded) {
            alerts.raise(s, overdue.get(), null);
            board.changed(s.id);
        }
    }
}

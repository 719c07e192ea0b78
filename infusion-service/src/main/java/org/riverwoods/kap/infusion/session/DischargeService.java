package org.riverwoods.kap.infusion.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.infusion.events.InfusionCompleted;
import org.riverwoods.kap.infusion.safety.DischargeAssessment;
import org.riverwoods.kap.infusion.safety.DischargeInput;
import org.riverwoods.kap.infusion.safety.DischargeRules;
import org.riverwoods.kap.infusion.safety.VitalsReading;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.Problem;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;

/** Discharge when the criteria are met, and the REMS-style monitoring record of a session. */
@ApplicationScoped
public class DischargeService {

    /** The BP "at 40 minutes" of the monitoring record: esketamine's blood pressure peaks around then. */
    static final Duration PEAK_BLOOD_PRESSURE_AFTER = Duration.ofMinutes(40);

    /** Lowest CADSS total the monitoring record counts as a dissociation event; platform default 1 (any symptom). */
    @ConfigProperty(name = "kap.clinical.infusion.record.dissociation-cadss-from", defaultValue = "1")
    int dissociationCadssFrom;

    @Inject
    SessionService sessions;

    @Inject
    DischargeRules rules;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Transactional
    public SessionView discharge(UUID sessionId, boolean driverPresent) {
        InfusionSession s = sessions.lockInStatus(sessionId, SessionStatus.DISCHARGED);
        Instant now = Instant.now();
        VitalsReadingEntity latest = VitalsReadingEntity.find("sessionId = ?1 order by takenAt desc", s.id).firstResult();
        DischargeAssessment assessment = rules.assess(new DischargeInput(s.dosingStartedAt, now, s.baselineSystolicMmHg,
                s.baselineDiastolicMmHg, s.baselineHeartRateBpm, latest == null ? null : reading(latest), driverPresent));
        if (!assessment.ready()) {
            throw new ProblemException(new Problem(ProblemType.CONFLICT.uri(), "Not ready for discharge", 409,
                    "Discharge criteria not met" + (assessment.earliestDischargeAt() != null
                            ? "; earliest discharge " + assessment.earliestDischargeAt() : ""),
                    assessment.unmet().stream()
                            .map(u -> new Problem.Violation(u.criterion().name(), u.message())).toList()));
        }
        s.status = SessionStatus.DISCHARGED;
        s.driverPresent = driverPresent;
        s.dischargedAt = now;
        List<AdverseEventEntity> adverse = AdverseEventEntity.list("sessionId", s.id);
        String highest = adverse.stream().map(e -> e.severity).max(Comparator.naturalOrder()).map(Enum::name)
                .orElse(null);
        outbox.append(new InfusionCompleted(s.id, s.appointmentId, s.patientId, s.planId, now, s.dose.totalDoseMg(),
                s.infusionMinutes, Duration.between(s.dosingStartedAt, now).toMinutes(), adverse.size(), highest));
        return sessions.saved(s);
    }

    @Transactional
    public MonitoringRecord record(UUID sessionId) {
        InfusionSession s = SessionService.find(sessionId);
        audit.record(AuditAction.READ, "MonitoringRecord", s.patientId, s.id);
        List<VitalsReadingEntity> vitals = VitalsReadingEntity.list("sessionId = ?1 order by takenAt", s.id);
        List<SafetyAlertEntity> alerts = SafetyAlertEntity.list("sessionId = ?1 order by raisedAt", s.id);
        List<AdverseEventEntity> adverse = AdverseEventEntity.list("sessionId = ?1 order by occurredAt", s.id);
        return MonitoringRecord.of(s, vitals, alerts, adverse, PEAK_BLOOD_PRESSURE_AFTER, dissociationCadssFrom);
    }

    static VitalsReading reading(VitalsReadingEntity r) {
        return new VitalsReading(r.takenAt, r.systolicMmHg, r.diastolicMmHg, r.heartRateBpm, r.spo2Percent,
                r.respiratoryRatePerMinute, r.moaas, r.cadssTotal);
    }
}

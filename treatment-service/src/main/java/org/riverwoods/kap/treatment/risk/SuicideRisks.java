package org.riverwoods.kap.treatment.risk;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;

/** Keeps each patient's suicide-risk flags and reviews, and tells the plans what to show. */
@ApplicationScoped
public class SuicideRisks {

    static final String RESOURCE = "SuicideRisk";

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public void flagged(UUID patientId, Instant raisedAt, FlagSource source, String system) {
        SuicideRisk risk = lock(patientId);
        if (risk.flag(raisedAt, source)) {
            changed(risk, system);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewed(UUID patientId, Instant reviewedAt, ReviewOutcome outcome, String system) {
        SuicideRisk risk = lock(patientId);
        if (risk.review(reviewedAt, outcome)) {
            changed(risk, system);
        }
    }

    /** What a plan shows of its patient's risk; null if she was never flagged. */
    public SuicideRiskView of(UUID patientId) {
        return SuicideRiskView.of(SuicideRisk.findById(patientId));
    }

    /** The same for many patients at once (a page of plans); patients never flagged are absent. */
    public Map<UUID, SuicideRiskView> of(Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return SuicideRisk.<SuicideRisk>list("patientId in ?1 and flaggedAt is not null", patientIds).stream()
                .collect(Collectors.toMap(r -> r.patientId, SuicideRiskView::of));
    }

    /**
     * The patient's row, created if absent and locked: flags and reviews arrive on two channels at once,
     * so the insert must not race and the comparison of times must see the other's write.
     */
    private SuicideRisk lock(UUID patientId) {
        em.createNativeQuery("insert into suicide_risk (patient_id, updated_at) values (?1, now()) on conflict do nothing")
                .setParameter(1, patientId)
                .executeUpdate();
        return SuicideRisk.findById(patientId, LockModeType.PESSIMISTIC_WRITE);
    }

    private void changed(SuicideRisk risk, String system) {
        risk.updatedAt = Instant.now();
        audit.recordSystem(system, AuditAction.UPDATE, RESOURCE, risk.patientId, risk.patientId);
    }
}

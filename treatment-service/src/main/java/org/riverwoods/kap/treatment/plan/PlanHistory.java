package org.riverwoods.kap.treatment.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The record of every change to a plan, with the plan as it stood after it. */
@ApplicationScoped
public class PlanHistory {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(TreatmentPlan plan, PlanHistoryEntry.Change change, String reason, String by) {
        PlanHistoryEntry entry = new PlanHistoryEntry();
        entry.planId = plan.id;
        entry.planVersion = plan.planVersion;
        entry.change = change;
        entry.status = plan.status;
        entry.reason = reason;
        entry.changedBy = by;
        entry.changedAt = plan.updatedAt;
        entry.snapshot = PlanMapper.toView(plan);
        entry.persist();
    }

    public List<PlanHistoryEntry> of(UUID planId) {
        return PlanHistoryEntry.list("planId = ?1 order by id", planId);
    }
}

package org.riverwoods.kap.treatment.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The record of every change to a plan, with the plan as it stood after it. */
@ApplicationScoped
public class PlanHistory {

    @Inject
    PlanViews views;

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
        entry.snapshot = views.forStaff(plan); // with the suicide risk as it stood when the plan changed
        entry.persist();
    }

    public List<PlanHistoryEntry> of(UUID planId) {
        return PlanHistoryEntry.list("planId = ?1 order by id", planId);
    }
}

package org.riverwoods.kap.treatment.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.riverwoods.kap.kit.security.Caller;
import org.riverwoods.kap.treatment.risk.SuicideRiskView;
import org.riverwoods.kap.treatment.risk.SuicideRisks;

/**
 * Plans as shown, with what they show of other concepts: the patient's suicide risk, to staff only
 * (the patient's own view leaves it out, as her timeline and her intake record do).
 */
@ApplicationScoped
public class PlanViews {

    @Inject
    SuicideRisks suicideRisks;

    @Inject
    Caller caller;

    /** The plan as the caller of this request may see it. */
    public PlanView of(TreatmentPlan plan) {
        return caller.isPatientOnly() ? PlanMapper.toView(plan, null) : forStaff(plan);
    }

    /** The whole plan, for the staff's records (e.g. its history), whoever or whatever changed it. */
    public PlanView forStaff(TreatmentPlan plan) {
        return PlanMapper.toView(plan, suicideRisks.of(plan.patientId));
    }

    /** A page of plans with one look-up of their patients' risks. */
    public List<PlanView> of(List<TreatmentPlan> plans) {
        if (caller.isPatientOnly()) {
            return plans.stream().map(p -> PlanMapper.toView(p, null)).toList();
        }
        Map<UUID, SuicideRiskView> risks = suicideRisks.of(
                plans.stream().map(p -> p.patientId).collect(Collectors.toSet()));
        return plans.stream().map(p -> PlanMapper.toView(p, risks.get(p.patientId))).toList();
    }
}

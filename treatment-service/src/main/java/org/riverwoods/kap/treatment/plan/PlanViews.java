package org.riverwoods.kap.treatment.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.riverwoods.kap.treatment.risk.SuicideRiskView;
import org.riverwoods.kap.treatment.risk.SuicideRisks;

/** Plans as shown, with what they show of other concepts: the patient's suicide risk. */
@ApplicationScoped
public class PlanViews {

    @Inject
    SuicideRisks suicideRisks;

    public PlanView of(TreatmentPlan plan) {
        return PlanMapper.toView(plan, suicideRisks.of(plan.patientId));
    }

    /** A page of plans with one look-up of their patients' risks. */
    public List<PlanView> of(List<TreatmentPlan> plans) {
        Map<UUID, SuicideRiskView> risks = suicideRisks.of(
                plans.stream().map(p -> p.patientId).collect(Collectors.toSet()));
        return plans.stream().map(p -> PlanMapper.toView(p, risks.get(p.patientId))).toList();
    }
}

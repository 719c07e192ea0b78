package org.riverwoods.kap.treatment.plan;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.riverwoods.kap.treatment.schedule.PlanToSchedule;
import org.riverwoods.kap.treatment.schedule.SchedulablePlans;
import org.riverwoods.kap.treatment.schedule.ScheduleRequest;

/** A treatment plan as the schedule sees it. */
@ApplicationScoped
public class PlanSchedule implements SchedulablePlans {

    @Override
    public Optional<PlanToSchedule> find(UUID planId) {
        return Optional.ofNullable(TreatmentPlan.<TreatmentPlan>findById(planId)).map(PlanSchedule::of);
    }

    static PlanToSchedule of(TreatmentPlan plan) {
        ScheduleRequest course = plan.startDate == null ? null
                : new ScheduleRequest(plan.startDate, plan.firstInfusionDay, plan.infusionCount,
                        plan.infusionIntervalDays, plan.infusionMinutes, plan.therapySessionCount, plan.totalWeeks,
                        plan.groupSessionsPerWeek, plan.familySessionCount, plan.aminoAcidSessionCount);
        return new PlanToSchedule(plan.id, plan.patientId, plan.planVersion, plan.status.name(),
                plan.status == PlanStatus.ACTIVE, course, plan.infusionCount, plan.route.name(), plan.doseMgPerKg,
                plan.infusionMinutes, plan.bolusDoseMgPerKg, plan.bolusMinutes, plan.approvedBy,
                plan.therapyModality == null ? null : plan.therapyModality.name());
    }
}

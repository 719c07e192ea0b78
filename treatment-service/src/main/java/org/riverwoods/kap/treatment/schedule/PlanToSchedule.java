package org.riverwoods.kap.treatment.schedule;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the schedule knows of a treatment plan: whom and which version it books for, whether the plan
 * is active, the course to lay out and the signed prescription each infusion carries. The plan
 * package builds it; the schedule never reads a plan itself.
 *
 * @param course {@code null} until the plan has a start date
 * @param status the plan's status, named in refusals
 */
public record PlanToSchedule(UUID id, UUID patientId, int planVersion, String status, boolean active,
        ScheduleRequest course, int infusionCount, String route, BigDecimal doseMgPerKg, Integer infusionMinutes,
        BigDecimal bolusDoseMgPerKg, Integer bolusMinutes, String prescriber, String therapyModality) {
}

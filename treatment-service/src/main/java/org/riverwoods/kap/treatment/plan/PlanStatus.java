package org.riverwoods.kap.treatment.plan;

import java.util.Map;
import java.util.Set;

/**
 * draft -> approved (a prescriber signs, the dose prescription included) -> active -> completed or
 * discontinued; an active plan can go on hold and be resumed.
 */
public enum PlanStatus {
    DRAFT, APPROVED, ACTIVE, ON_HOLD, COMPLETED, DISCONTINUED;

    private static final Map<PlanStatus, Set<PlanStatus>> NEXT = Map.of(
            DRAFT, Set.of(APPROVED, DISCONTINUED),
            APPROVED, Set.of(ACTIVE, DISCONTINUED),
            ACTIVE, Set.of(ON_HOLD, COMPLETED, DISCONTINUED),
            ON_HOLD, Set.of(ACTIVE, DISCONTINUED),
            COMPLETED, Set.of(),
            DISCONTINUED, Set.of());

    public boolean canBecome(PlanStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isClosed() {
        return this == COMPLETED || this == DISCONTINUED;
    }
}

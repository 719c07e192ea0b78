package org.riverwoods.kap.treatment.plan;

import java.util.UUID;

/** Lets other test packages wait for a drafted plan the way the lifecycle tests do. */
public final class PlanLifecycleTestSupport {

    private PlanLifecycleTestSupport() {
    }

    public static String awaitPlanOf(UUID patientId) {
        return PlanLifecycleTest.awaitPlanOf(patientId);
    }
}

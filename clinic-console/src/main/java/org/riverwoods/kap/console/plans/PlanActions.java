package org.riverwoods.kap.console.plans;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which buttons the plan page offers: only a prescriber may sign, amend or move a plan, and only
 * the moves treatment-service allows from the plan's status (it refuses the rest with 409 anyway).
 */
public final class PlanActions {

    private PlanActions() {
    }

    public static Set<String> offered(String status, boolean prescriber) {
        Set<String> actions = new LinkedHashSet<>();
        if (!prescriber) {
            return actions;
        }
        switch (status) {
            case "DRAFT" -> actions.add("sign");
            case "APPROVED" -> actions.add("activate");
            case "ACTIVE" -> {
                actions.add("hold");
                actions.add("complete");
            }
            case "ON_HOLD" -> actions.add("resume");
            default -> {
                return actions; // completed or discontinued: closed, nothing to do
            }
        }
        actions.add("amend");
        actions.add("discontinue");
        return actions;
    }
}

package org.riverwoods.kap.infusion.plan;

import java.util.UUID;

/** Fired in the consumer's transaction with the status treatment just announced for a plan. */
public record PlanStatusNoted(UUID planId, String status) {
}

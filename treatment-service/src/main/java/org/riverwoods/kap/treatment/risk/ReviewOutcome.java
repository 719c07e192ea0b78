package org.riverwoods.kap.treatment.risk;

/** What the clinician concluded on reviewing a patient's suicide risk (intake-service's SuicideRiskReviewed). */
public enum ReviewOutcome {
    NO_CURRENT_RISK, SAFETY_PLAN_IN_PLACE, REFERRED_TO_CRISIS_SERVICES;

    /** The outcome named in an event, or null if this service does not know it. */
    static ReviewOutcome named(String name) {
        for (ReviewOutcome outcome : values()) {
            if (outcome.name().equals(name)) {
                return outcome;
            }
        }
        return null;
    }
}

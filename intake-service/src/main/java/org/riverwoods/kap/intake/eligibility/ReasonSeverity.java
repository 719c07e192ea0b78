package org.riverwoods.kap.intake.eligibility;

/** What a reason does to the decision: excludes, holds it for review, or only informs. */
public enum ReasonSeverity {
    EXCLUDES, NEEDS_REVIEW, NOTE
}

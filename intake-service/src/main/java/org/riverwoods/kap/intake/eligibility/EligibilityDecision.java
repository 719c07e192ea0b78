package org.riverwoods.kap.intake.eligibility;

/** Whether a patient may go on to ketamine treatment, as the intake screen stands. */
public enum EligibilityDecision {
    ELIGIBLE, INELIGIBLE, NEEDS_REVIEW
}

package org.riverwoods.kap.intake.eligibility;

import java.util.Objects;

/**
 * When a prescriber may override the eligibility decision. Any direction is allowed, including
 * INELIGIBLE to ELIGIBLE: it is the prescriber's clinical call, but it must change the decision and
 * say why, in enough words for the audit trail.
 */
public final class OverridePolicy {

    private OverridePolicy() {
    }

    /**
     * @param minimumJustificationLength {@link EligibilitySettings#minimumOverrideJustificationLength()}
     * @throws OverrideNotAllowedException when the justification is missing or too short, the
     *         override would not change the decision, or it would make an incomplete screen eligible
     */
    public static void validate(EligibilityAssessment current, EligibilityDecision to, String justification,
            int minimumJustificationLength) {
        Objects.requireNonNull(current, "current");
        if (to == null) {
            throw new OverrideNotAllowedException("An override must name the decision it changes to");
        }
        if (to == current.decision()) {
            throw new OverrideNotAllowedException("The decision is already " + to + "; an override must change it");
        }
        String why = justification == null ? "" : justification.strip();
        if (why.isEmpty()) {
            throw new OverrideNotAllowedException("An override needs the prescriber's justification");
        }
        if (why.codePointCount(0, why.length()) < minimumJustificationLength) {
            throw new OverrideNotAllowedException(
                    "The justification must be at least " + minimumJustificationLength + " characters");
        }
        // an unanswered item is not a judgement the prescriber made: complete the screen instead
        if (to == EligibilityDecision.ELIGIBLE && current.reasonCodes().stream()
                .anyMatch(code -> code.startsWith(EligibilityRules.NOT_ASSESSED))) {
            throw new OverrideNotAllowedException(
                    "An incomplete screen cannot be overridden to ELIGIBLE; assess every item first");
        }
    }
}

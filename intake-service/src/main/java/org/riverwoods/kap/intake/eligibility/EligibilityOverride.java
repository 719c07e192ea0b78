package org.riverwoods.kap.intake.eligibility;

import java.time.Instant;
import java.util.Objects;

/**
 * A prescriber's clinical call replacing the rules' decision, with their reason. Record one only
 * after {@link OverridePolicy#validate} (or {@link EligibilityRules#validateOverride}) accepted it.
 *
 * @param prescriber the prescriber's subject (token {@code sub}), not their name
 */
public record EligibilityOverride(EligibilityDecision overriddenTo, String justification, String prescriber, Instant at) {

    public EligibilityOverride {
        Objects.requireNonNull(overriddenTo, "overriddenTo");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(prescriber, "prescriber");
        Objects.requireNonNull(at, "at");
    }
}

package org.riverwoods.kap.outcomes.measures;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A biological test result. {@code substance} is the substance the test detects, in the diary's
 * codes (an EtG test is ALCOHOL, a urine toxicology screen for cocaine is COCAINE), so it can be
 * matched against the plan's primary substance.
 */
public record LabResult(LocalDate collectedOn, String substance, boolean positive) {

    public LabResult {
        Objects.requireNonNull(collectedOn, "collectedOn");
        if (substance == null || substance.isBlank()) {
            throw new IllegalArgumentException("a lab result needs the substance it detects");
        }
    }
}

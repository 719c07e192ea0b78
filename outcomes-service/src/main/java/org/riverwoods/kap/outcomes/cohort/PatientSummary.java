package org.riverwoods.kap.outcomes.cohort;

import java.math.BigDecimal;

/**
 * What one patient contributes to a cohort row; no identifier, because a row is an aggregate.
 *
 * @param completed            finished the protocol
 * @param percentDaysAbstinent 0-100, {@code null} when not measured
 * @param phq9Change           last minus baseline PHQ-9 (-27 to 27, negative = better), {@code null} when not measured
 * @param relapse              relapse-free follow-up, {@code null} when unknown
 */
public record PatientSummary(boolean completed, BigDecimal percentDaysAbstinent, Integer phq9Change,
        SurvivalObservation relapse) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PatientSummary {
        if (percentDaysAbstinent != null
                && (percentDaysAbstinent.signum() < 0 || percentDaysAbstinent.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException("percentDaysAbstinent must be between 0 and 100");
        }
        if (phq9Change != null && (phq9Change < -27 || phq9Change > 27)) {
            throw new IllegalArgumentException("phq9Change must be between -27 and 27");
        }
    }
}

package org.riverwoods.kap.infusion.safety;

import java.time.Instant;
import java.util.Objects;

/**
 * What discharge is judged on. Baselines are the pre-dose values; a null baseline or a missing
 * {@code latest} reading fails the criteria that need it.
 *
 * @param dosingStartedAt when dosing started (the observation time counts from it); required
 * @param now             the time of the assessment; required
 * @param latest          the most recent vitals taken after dosing started, null if none
 */
public record DischargeInput(
        Instant dosingStartedAt,
        Instant now,
        Integer baselineSystolicMmHg,
        Integer baselineDiastolicMmHg,
        Integer baselineHeartRateBpm,
        VitalsReading latest,
        boolean driverPresent) {

    public DischargeInput {
        Objects.requireNonNull(dosingStartedAt, "dosingStartedAt");
        Objects.requireNonNull(now, "now");
    }
}

package org.riverwoods.kap.intake.eligibility;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Clinical thresholds of the ketamine eligibility decision. Each default names where it comes
 * from; where no published number exists the value is a platform default that a clinic may change
 * (e.g. {@code KAP_CLINICAL_ELIGIBILITY_UNCONTROLLED_SYSTOLIC_FROM_MM_HG=170}).
 */
@ConfigMapping(prefix = "kap.clinical.eligibility")
public interface EligibilitySettings {

    /**
     * Benzodiazepines above this daily dose (mg lorazepam-equivalent) need review before ketamine.
     * Default 3 mg/day: the program's clinical reference.
     */
    @WithDefault("3")
    @DecimalMin("0")
    BigDecimal benzodiazepineLimitLorazepamMgPerDay();

    /**
     * A systolic pressure above this (mmHg) needs review: control before treatment. Default 140:
     * esketamine-label practice delays dosing above 140/90.
     */
    @WithDefault("140")
    @Min(1)
    int reviewSystolicAboveMmHg();

    /**
     * A diastolic pressure above this (mmHg) needs review: control before treatment. Default 90:
     * esketamine-label practice delays dosing above 140/90.
     */
    @WithDefault("90")
    @Min(1)
    int reviewDiastolicAboveMmHg();

    /**
     * A systolic pressure at or above this (mmHg) is uncontrolled hypertension and excludes.
     * Default 180 (hypertensive urgency): a platform default, clinic-configurable because no trial
     * publishes an exclusion number.
     */
    @WithDefault("180")
    @Min(1)
    int uncontrolledSystolicFromMmHg();

    /**
     * A diastolic pressure at or above this (mmHg) is uncontrolled hypertension and excludes.
     * Default 110 (hypertensive urgency): a platform default, clinic-configurable because no trial
     * publishes an exclusion number.
     */
    @WithDefault("110")
    @Min(1)
    int uncontrolledDiastolicFromMmHg();

    /**
     * Fewest characters a prescriber's justification for overriding the decision must have, so
     * that the audit trail says why. Default 20: a platform default.
     */
    @WithDefault("20")
    @Min(1)
    int minimumOverrideJustificationLength();
}

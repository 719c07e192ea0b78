package org.riverwoods.kap.infusion.safety;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Alert thresholds while the infusion runs. No authoritative numeric stop thresholds are
 * published for IV ketamine, so every value here is a platform default a clinic may change, e.g.
 * {@code KAP_CLINICAL_INFUSION_ALERTS_PAUSE_SYSTOLIC_ABOVE_MM_HG=170}.
 */
@ConfigMapping(prefix = "kap.clinical.infusion.alerts")
public interface VitalsAlertSettings {

    /** Systolic above this (mmHg) pauses the infusion. Default 180: platform default (hypertensive urgency). */
    @WithDefault("180")
    @Min(1)
    @Max(300)
    int pauseSystolicAboveMmHg();

    /** Diastolic above this (mmHg) pauses the infusion. Default 110: platform default (hypertensive urgency). */
    @WithDefault("110")
    @Min(1)
    @Max(300)
    int pauseDiastolicAboveMmHg();

    /** SpO2 below this (%) stops the infusion. Default 92: platform default. */
    @WithDefault("92")
    @Min(1)
    @Max(100)
    int stopSpo2BelowPercent();

    /**
     * SpO2 below this (%) but not below the stop level raises an alert: a warning before the stop
     * level. Default 94: platform default. Must not be below {@link #stopSpo2BelowPercent()}.
     */
    @WithDefault("94")
    @Min(1)
    @Max(100)
    int warnSpo2BelowPercent();

    /**
     * MOAA/S at or below this raises a deep-sedation alert (5 = responds readily to name, 0 = no
     * response to pain). Default 2: platform default.
     */
    @WithDefault("2")
    @Min(0)
    @Max(4)
    int alertSedationAtOrBelowMoaas();

    /** Heart rate above this (bpm) raises a tachycardia alert. Default 130: platform default. */
    @WithDefault("130")
    @Min(1)
    @Max(300)
    int alertHeartRateAboveBpm();

    /** Heart rate below this (bpm) raises a bradycardia alert. Default 45: platform default. */
    @WithDefault("45")
    @Min(1)
    @Max(300)
    int alertHeartRateBelowBpm();

    /**
     * Respiratory rate below this (breaths/min) stops the infusion: slowed breathing is the sign of
     * overdose. Default 8: platform default.
     */
    @WithDefault("8")
    @Min(1)
    @Max(100)
    int stopRespiratoryRateBelowPerMinute();

    /**
     * A blood pressure is due this often (minutes) while infusing; more than this since the last one
     * is overdue, exactly this is not. Default 10: program reference (BP every 10 minutes).
     */
    @WithDefault("10")
    @Min(1)
    int bloodPressureEveryMinutes();
}

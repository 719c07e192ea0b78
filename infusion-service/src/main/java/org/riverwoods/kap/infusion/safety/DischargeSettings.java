package org.riverwoods.kap.infusion.safety;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Discharge criteria after an infusion. A clinic changes one in its configuration, e.g.
 * {@code KAP_CLINICAL_INFUSION_DISCHARGE_HEART_RATE_WITHIN_BPM_OF_BASELINE=15}.
 */
@ConfigMapping(prefix = "kap.clinical.infusion.discharge")
public interface DischargeSettings {

    /** The esketamine REMS observation minimum, in minutes. */
    int REMS_MINIMUM_MINUTES = 120;

    /**
     * Minutes of observation from the start of dosing before discharge. Default 120: esketamine
     * REMS (at least 2 hours). Less is accepted for training systems and automated journey runs
     * only, and the service warns at start-up when it is set below {@link #REMS_MINIMUM_MINUTES}.
     */
    @WithDefault("120")
    @Min(0)
    int minimumObservationMinutes();

    /**
     * Systolic and diastolic must each be within this many mmHg of the pre-dose baseline, above or
     * below (exactly this far passes). Default 20: platform default.
     */
    @WithDefault("20")
    @Min(0)
    int bloodPressureWithinMmHgOfBaseline();

    /**
     * Heart rate must be within this many bpm of the pre-dose baseline, above or below (exactly this
     * far passes). Default 20: platform default.
     */
    @WithDefault("20")
    @Min(0)
    int heartRateWithinBpmOfBaseline();

    /**
     * Lowest MOAA/S at which the patient may leave. Default 5 (responds readily to name spoken in a
     * normal tone): program reference, the patient must be alert.
     */
    @WithDefault("5")
    @Min(1)
    @Max(5)
    int requiredMoaas();
}

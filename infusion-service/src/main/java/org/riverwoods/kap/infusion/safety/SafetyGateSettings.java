package org.riverwoods.kap.infusion.safety;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of the safety gate checked before every infusion. Each default names its source; a clinic
 * changes one in its configuration, e.g. {@code KAP_CLINICAL_INFUSION_GATE_WEIGHT_MAX_AGE_DAYS=3}.
 */
@ConfigMapping(prefix = "kap.clinical.infusion.gate")
public interface SafetyGateSettings {

    /**
     * Hours without solid food: last solids at or before now minus this many hours passes.
     * Default 6: program reference (pre-sedation fasting).
     */
    @WithDefault("6")
    @Min(1)
    int noSolidsHours();

    /**
     * Hours without clear liquids: last clear liquids at or before now minus this many hours
     * passes. Default 2: program reference (clear liquids allowed up to 2 h before).
     */
    @WithDefault("2")
    @Min(1)
    int noClearLiquidsHours();

    /**
     * Highest systolic pressure (mmHg) at which an infusion may start: at or below passes, above
     * defers. Default 140: esketamine label practice (delay dosing above 140/90).
     */
    @WithDefault("140")
    @Min(1)
    int maxSystolicMmHg();

    /**
     * Highest diastolic pressure (mmHg) at which an infusion may start: at or below passes, above
     * defers. Default 90: esketamine label practice (delay dosing above 140/90).
     */
    @WithDefault("90")
    @Min(1)
    int maxDiastolicMmHg();

    /**
     * The weight the dose is calculated from must have been measured within this many days
     * (days of 24 h counted back from now; exactly this old passes). Default 7: platform default.
     */
    @WithDefault("7")
    @Min(1)
    int weightMaxAgeDays();

    /**
     * Highest breath alcohol (g/dL) at which an infusion may start: at or below passes. Default
     * 0.000: program reference (breath alcohol must be zero).
     */
    @WithDefault("0.000")
    @DecimalMin("0")
    BigDecimal breathAlcoholMaxGramsPerDecilitre();

    /**
     * The baseline vitals the gate requires before dosing: those the monitoring and discharge rules
     * compare against. Default all four (BLOOD_PRESSURE, HEART_RATE, SPO2, RESPIRATORY_RATE): program
     * reference (pre-dose vital signs); blood pressure is always required, the gate judges it.
     */
    @WithDefault("BLOOD_PRESSURE,HEART_RATE,SPO2,RESPIRATORY_RATE")
    List<BaselineVital> requiredBaselineVitals();
}

package org.riverwoods.kap.infusion.dose;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of the ketamine dose calculation. No trial publishes a maximum total dose, so the cap is a
 * platform default that a clinic may change (e.g.
 * {@code KAP_CLINICAL_INFUSION_DOSE_MAXIMUM_TOTAL_DOSE_MG=150}). The weight and concentration
 * limits catch typing mistakes (7.25 kg for 72.5 kg, 500 mg/mL for 50 mg/mL); they are not
 * clinical thresholds. Every limit is inclusive: a value equal to it is accepted.
 */
@ConfigMapping(prefix = "kap.clinical.infusion.dose")
public interface DoseSettings {

    /** Full property names, quoted in refusals so that staff know what a clinic would change. */
    String PREFIX = "kap.clinical.infusion.dose.";
    String MAXIMUM_TOTAL_DOSE_MG = PREFIX + "maximum-total-dose-mg";
    String MINIMUM_WEIGHT_KG = PREFIX + "minimum-weight-kg";
    String MAXIMUM_WEIGHT_KG = PREFIX + "maximum-weight-kg";
    String MINIMUM_CONCENTRATION_MG_PER_ML = PREFIX + "minimum-concentration-mg-per-ml";
    String MAXIMUM_CONCENTRATION_MG_PER_ML = PREFIX + "maximum-concentration-mg-per-ml";

    /**
     * Largest total ketamine dose (mg) of one session, compared with the total that will be given
     * (after rounding); a total equal to it is accepted. Above it the calculation refuses and the
     * prescriber must amend the plan. Default 200 mg: a platform default (no published cap exists)
     * that still covers the highest protocol dose, Krupitsky 2.0 mg/kg IM, up to 100 kg.
     */
    @WithDefault("200")
    @DecimalMin(value = "0", inclusive = false)
    BigDecimal maximumTotalDoseMg();

    /** Lightest plausible weight (kg) of the day's weighing. Default 30 kg: a typo guard. */
    @WithDefault("30")
    @DecimalMin(value = "0", inclusive = false)
    BigDecimal minimumWeightKg();

    /** Heaviest plausible weight (kg) of the day's weighing. Default 300 kg: a typo guard. */
    @WithDefault("300")
    @DecimalMin(value = "0", inclusive = false)
    BigDecimal maximumWeightKg();

    /**
     * Lowest plausible concentration (mg/mL) of the prepared ketamine. Default 0.1 mg/mL: a typo
     * guard (a bag is typically 1 mg/mL).
     */
    @WithDefault("0.1")
    @DecimalMin(value = "0", inclusive = false)
    BigDecimal minimumConcentrationMgPerMl();

    /**
     * Highest plausible concentration (mg/mL) of the prepared ketamine. Default 100 mg/mL: a typo
     * guard (the strongest vials sold are 100 mg/mL; IM doses are often drawn from 50 mg/mL).
     */
    @WithDefault("100")
    @DecimalMin(value = "0", inclusive = false)
    BigDecimal maximumConcentrationMgPerMl();
}

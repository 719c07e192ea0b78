package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the clinic keeps its controlled-substance ledger (documented in docs/clinical-settings.md).
 * None of these is published by a regulator as a number; they are the clinic's policy.
 */
@ConfigMapping(prefix = "kap.clinical.controlled-substances")
public interface LedgerSettings {

    String PREFIX = "kap.clinical.controlled-substances.";
    String COUNT_TOLERANCE_ML = PREFIX + "count-tolerance-ml";
    String MULTI_DOSE_VIALS = PREFIX + "multi-dose-vials";
    String OPENED_VIAL_BEYOND_USE_HOURS = PREFIX + "opened-vial-beyond-use-hours";
    String COUNT_REQUIRED_BEFORE_FIRST_INFUSION = PREFIX + "count-required-before-first-infusion";

    /**
     * Largest difference (mL, either way) between a vial's counted volume and its ledger balance
     * that a count accepts; above it the count opens a discrepancy. Default 0.1 mL: what a
     * graduated syringe can be read to.
     */
    @WithDefault("0.1")
    @DecimalMin("0")
    BigDecimal countToleranceMl();

    /**
     * Whether an opened vial may be drawn from again. false (default): every vial is used once and
     * what is left after the draw is wasted, witnessed. true: the rest is kept until the
     * beyond-use time of the opened vial.
     */
    @WithDefault("false")
    boolean multiDoseVials();

    /**
     * How long an opened multi-dose vial may be drawn from, in hours from its first draw. Default
     * 672 h (28 days, USP &lt;797&gt; for an opened multi-dose vial unless the label says less).
     */
    @WithDefault("672")
    @DecimalMin(value = "0", inclusive = false)
    BigDecimal openedVialBeyondUseHours();

    /** Whether the first infusion of a clinic day needs a count recorded that day first. Default false. */
    @WithDefault("false")
    boolean countRequiredBeforeFirstInfusion();
}

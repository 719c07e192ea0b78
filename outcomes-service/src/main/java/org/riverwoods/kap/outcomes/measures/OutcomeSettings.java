package org.riverwoods.kap.outcomes.measures;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Cut-offs and windows of the per-patient outcome measures. Each default names where it comes
 * from; a clinic changes one with a property such as
 * {@code kap.clinical.outcomes.heavy-drinking-drinks-female=4} or the environment variable
 * {@code KAP_CLINICAL_OUTCOMES_HEAVY_DRINKING_DRINKS_FEMALE}. Changing a setting changes the
 * figures computed from then on.
 */
@ConfigMapping(prefix = "kap.clinical.outcomes")
public interface OutcomeSettings {

    /**
     * A man's heavy drinking day: at or above this many standard drinks. Default 5: "more than 4
     * drinks" in Dakwar et al. 2020 (Am J Psychiatry), the same cut-off as the NIAAA binge (5+).
     */
    @WithDefault("5")
    @Min(1)
    int heavyDrinkingDrinksMale();

    /**
     * A woman's heavy drinking day: at or above this many standard drinks. Default 4: "more than 3
     * drinks" in Dakwar et al. 2020, the NIAAA binge for women (4+). INTERSEX and UNKNOWN use the
     * lower of the two cut-offs (the more sensitive one), as intake does for AUDIT-C.
     */
    @WithDefault("4")
    @Min(1)
    int heavyDrinkingDrinksFemale();

    /**
     * Days before the plan's start that form the baseline window. Default 30: the classic
     * Timeline Followback baseline (Sobell and Sobell 1992) covers the 30 days before treatment.
     */
    @WithDefault("30")
    @Min(1)
    int baselineWindowDays();

    /**
     * Length of each follow-up window counted from the plan's start (day 0): days 0-27, 28-55, ...
     * Default 28: platform default, four-week windows so every window holds each weekday equally.
     */
    @WithDefault("28")
    @Min(1)
    int followUpWindowDays();

    /**
     * A positive lab collected up to this many days after a self-reported day of use confirms it
     * (KARE, confirmed relapse). Default 5: urinary EtG detects drinking for up to about 5 days
     * (program reference); a platform default because detection depends on the amount drunk.
     */
    @WithDefault("5")
    @Min(0)
    int relapseConfirmationDays();

    /**
     * PHQ-9 response: the total has fallen by at least this percent of baseline. Default 50: the
     * conventional definition of response in depression trials.
     */
    @WithDefault("50")
    @Min(1)
    @Max(100)
    int phq9ResponseDropPercent();

    /**
     * PHQ-9 remission: a total below this. Default 5: the none/minimal band 0-4 (Kroenke et al.
     * 2001).
     */
    @WithDefault("5")
    @Min(1)
    @Max(27)
    int phq9RemissionBelow();
}

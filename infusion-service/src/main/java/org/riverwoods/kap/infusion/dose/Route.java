package org.riverwoods.kap.infusion.dose;

/** How the plan gives ketamine. */
public enum Route {

    /** Intravenous infusion by pump over the plan's infusion minutes, optionally after a bolus. */
    IV,

    /** Intramuscular: the whole dose as one injection; no infusion time and no pump rate. */
    IM
}

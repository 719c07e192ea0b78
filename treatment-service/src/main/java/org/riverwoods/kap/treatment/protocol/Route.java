package org.riverwoods.kap.treatment.protocol;

/** How ketamine is given. */
public enum Route {
    /** Intravenous infusion over the template's minutes (pump). */
    IV,
    /** Intramuscular injection: no infusion time. */
    IM
}

package org.riverwoods.kap.intake.consent;

/** The two consents the program keeps apart. */
public enum ConsentKind {
    /** Consent to ketamine-assisted treatment; intake cannot complete and no infusion starts without it. */
    TREATMENT,
    /** 42 CFR Part 2 consent to disclose de-identified data for research and analytics. */
    PART2_DEIDENTIFIED_DISCLOSURE
}

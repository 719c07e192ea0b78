package org.riverwoods.kap.intake.consent;

/** What a Part 2 disclosure consent covers. */
public enum DisclosureScope {
    /** The program's own de-identified outcome analytics. */
    PROGRAM_ANALYTICS,
    /** De-identified data for research. */
    RESEARCH
}

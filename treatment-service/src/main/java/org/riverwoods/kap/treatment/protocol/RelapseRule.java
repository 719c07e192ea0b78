package org.riverwoods.kap.treatment.protocol;

/** How outcome tracking decides a relapse; relapse definitions differ between trials. */
public enum RelapseRule {
    /** KARE: relapse confirmed by self-report and biological testing. */
    CONFIRMED_RELAPSE,
    /** Dakwar 2019: first use, or dropping out of treatment. */
    FIRST_USE_OR_DROPOUT,
    /** Dakwar 2020: the first heavy drinking day. */
    FIRST_HEAVY_DRINKING_DAY,
    /** Krupitsky 2007: first use of the target substance. */
    FIRST_USE,
    /** No relapse outcome (e.g. the depression baseline). */
    NONE
}

package org.riverwoods.kap.outcomes.measures;

/**
 * How the plan's protocol template defines relapse (copied from the plan; trials differ). See
 * {@link RelapseDetector} for the exact rule applied to each.
 */
public enum RelapseRule {
    /** KARE (Grabski 2022): a day of use confirmed by a positive lab or by use the next day. */
    CONFIRMED_RELAPSE,
    /** Dakwar 2019: the first day of use, or dropping out if that came first. */
    FIRST_USE_OR_DROPOUT,
    /** Dakwar 2020: the first heavy drinking day. */
    FIRST_HEAVY_DRINKING_DAY,
    /** Krupitsky 2007: the first day of use of the target substance. */
    FIRST_USE,
    /** No relapse outcome (e.g. the depression baseline template). */
    NONE
}

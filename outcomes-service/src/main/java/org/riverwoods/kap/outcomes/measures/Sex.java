package org.riverwoods.kap.outcomes.measures;

/** Sex recorded at intake; it picks the heavy drinking day cut-off. */
public enum Sex {
    FEMALE, MALE, INTERSEX, UNKNOWN
}

package org.riverwoods.kap.intake.patient;

/** Sex recorded for clinical rules (pregnancy screening, sex-specific drinking thresholds). */
public enum Sex {
    FEMALE, MALE, INTERSEX, UNKNOWN
}

package org.riverwoods.kap.intake.history;

/** Substances the program records; treatment maps the primary one to a protocol template. */
public enum Substance {
    ALCOHOL, COCAINE, OPIOIDS, METHAMPHETAMINE, OTHER_STIMULANTS, CANNABIS, BENZODIAZEPINES, OTHER
}

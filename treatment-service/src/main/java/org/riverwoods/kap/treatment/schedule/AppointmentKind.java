package org.riverwoods.kap.treatment.schedule;

/** What an appointment of a plan is for. Sessions starting at the same time sort in this order. */
public enum AppointmentKind {
    /** Ketamine dosing (IV infusion or IM injection) and the observation that follows it. */
    KETAMINE_INFUSION,
    /** Individual psychotherapy of the protocol (MBRP, MET, counselling, ...). */
    THERAPY,
    GROUP_THERAPY,
    FAMILY_THERAPY,
    /** IV amino-acid therapy of the program's biological component. */
    AMINO_ACID_THERAPY
}

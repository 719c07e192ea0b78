package org.riverwoods.kap.intake.screening;

/** A finding that needs a clinician's attention beyond the band of the total. */
public enum ScreeningFlag {
    /** PHQ-9 item 9 answered at or above the alert setting: same-day follow-up, whatever the total. */
    SUICIDE_RISK,
    /** AUDIT items 4-6 (impaired control, failing expectations, morning drinking) suggest dependence. */
    POSSIBLE_DEPENDENCE,
    /** The AUDIT-C, on its own or from a full AUDIT's items 1-3, is positive at the patient's sex cut-off. */
    AUDIT_C_POSITIVE
}

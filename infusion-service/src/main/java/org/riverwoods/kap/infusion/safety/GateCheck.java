package org.riverwoods.kap.infusion.safety;

/** The items of the safety gate, in the order the nurse goes through them and failures are listed. */
public enum GateCheck {
    /** Treatment consent on file and not revoked. */
    TREATMENT_CONSENT,
    /** No solids for the configured hours. */
    FASTING_SOLIDS,
    /** No clear liquids for the configured hours. */
    FASTING_CLEAR_LIQUIDS,
    /** Negative pregnancy test today where applicable; a positive result recorded is never ignored. */
    PREGNANCY_TEST,
    /** Breath alcohol at or below the limit (zero by default). */
    BREATH_ALCOHOL,
    /** The patient does not report being intoxicated. */
    SELF_REPORTED_INTOXICATION,
    /** The baseline vitals the monitoring and discharge rules compare against are recorded (a setting). */
    BASELINE_VITALS,
    /** The pre-dose blood pressure is at or below the limit (140/90 by default). */
    BLOOD_PRESSURE,
    /** The dosing weight is recent enough. */
    WEIGHT_RECENT,
    /** A prescriber is on site. */
    PRESCRIBER_ON_SITE,
    /** The treatment plan is active: not on hold, discontinued or completed. */
    PLAN_NOT_ON_HOLD,
    /** No suicide-risk flag waits for a clinician's review. */
    SUICIDE_RISK_REVIEWED
}

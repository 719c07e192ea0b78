package org.riverwoods.kap.infusion.safety;

/** The criteria a patient must meet to leave after an infusion, in the order unmet ones are listed. */
public enum DischargeCriterion {
    /** At least the minimum observation time since dosing started (2 h by default). */
    MINIMUM_OBSERVATION,
    /** Systolic and diastolic each within the allowed distance of the pre-dose baseline. */
    BLOOD_PRESSURE_NEAR_BASELINE,
    /** Heart rate within the allowed distance of the pre-dose baseline. */
    HEART_RATE_NEAR_BASELINE,
    /** Alert: MOAA/S at least the required level (5 by default). */
    ALERT_MOAAS_5,
    /** A driver is present: the patient may not drive. */
    DRIVER_PRESENT
}

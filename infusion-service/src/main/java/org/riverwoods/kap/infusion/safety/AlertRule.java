package org.riverwoods.kap.infusion.safety;

/**
 * The rules applied while infusing, each with the fixed level it raises; the thresholds are settings.
 * The last four are facts that changed elsewhere while the patient was in the chair.
 */
public enum AlertRule {
    /** Systolic or diastolic above the pause threshold (180/110 by default). */
    SEVERE_HYPERTENSION(AlertLevel.PAUSE),
    /** SpO2 below the stop threshold (92% by default). */
    HYPOXAEMIA(AlertLevel.STOP),
    /** SpO2 below the warning threshold (94% by default) but not below the stop threshold. */
    LOW_SPO2(AlertLevel.ALERT),
    /** MOAA/S at or below the alert threshold (2 by default). */
    DEEP_SEDATION(AlertLevel.ALERT),
    /** Heart rate above the threshold (130 bpm by default). */
    TACHYCARDIA(AlertLevel.ALERT),
    /** Heart rate below the threshold (45 bpm by default). */
    BRADYCARDIA(AlertLevel.ALERT),
    /** Respiratory rate below the stop threshold (8/min by default): the sign of overdose. */
    RESPIRATORY_DEPRESSION(AlertLevel.STOP),
    /** No blood pressure for more than the interval (10 min by default) while infusing. */
    BLOOD_PRESSURE_OVERDUE(AlertLevel.REMINDER),
    /** The treatment consent was revoked while infusing. */
    CONSENT_REVOKED(AlertLevel.STOP),
    /** The plan went on hold, was discontinued or completed while infusing. */
    PLAN_NOT_ACTIVE(AlertLevel.STOP),
    /** Treatment cancelled the appointment while infusing. */
    APPOINTMENT_CANCELLED(AlertLevel.STOP),
    /** The prescription was amended while infusing. */
    ORDER_AMENDED(AlertLevel.STOP);

    private final AlertLevel level;

    AlertRule(AlertLevel level) {
        this.level = level;
    }

    public AlertLevel level() {
        return level;
    }
}

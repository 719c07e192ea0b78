package org.riverwoods.kap.intake.screening;

/** Who entered the answers: the patient in the app, or a clinician on their behalf. */
public enum ScreeningSource {
    PATIENT, CLINICIAN
}

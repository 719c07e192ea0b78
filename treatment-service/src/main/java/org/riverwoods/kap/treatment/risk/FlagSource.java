package org.riverwoods.kap.treatment.risk;

/** Where a suicide-risk flag was raised: PHQ-9 item 9 at intake screening, or on a questionnaire during treatment. */
public enum FlagSource {
    INTAKE_SCREENING, QUESTIONNAIRE_DURING_TREATMENT
}

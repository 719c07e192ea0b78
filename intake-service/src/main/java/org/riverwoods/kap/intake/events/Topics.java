package org.riverwoods.kap.intake.events;

/** Kafka topics, one per event family. Described for consumers in contracts/asyncapi.yaml. */
public final class Topics {

    /** PatientRegistered, PatientUpdated; keyed by patient id. */
    public static final String PATIENTS = "intake.patients";
    /**
     * ScreeningScored, SuicideRiskFlagged, SuicideRiskReviewed, EligibilityDecided, IntakeCompleted; keyed by
     * patient id.
     */
    public static final String ASSESSMENTS = "intake.assessments";
    /** ConsentGranted, ConsentRevoked; keyed by patient id. */
    public static final String CONSENTS = "intake.consents";
    /** Consumed: infusion-service's session events; keyed by session id. */
    public static final String INFUSION_SESSIONS = "infusion.sessions";
    /** Consumed: outcomes-service's measures, of which intake reads SuicideRiskReported; keyed by patient id. */
    public static final String OUTCOMES_MEASURES = "outcomes.measures";

    private Topics() {
    }
}

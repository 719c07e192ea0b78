package org.riverwoods.kap.treatment.events;

/** Kafka topics, one per event family. Described for consumers in contracts/asyncapi.yaml. */
public final class Topics {

    /** TreatmentPlanStatusChanged, TreatmentPlanApproved; keyed by patient id. */
    public static final String PLANS = "treatment.plans";
    /** InfusionScheduled, TherapySessionScheduled, AppointmentCancelled; keyed by patient id. */
    public static final String APPOINTMENTS = "treatment.appointments";
    /** Consumed: infusion-service's session lifecycle (InfusionCompleted, InfusionAborted, InfusionDeferred). */
    public static final String INFUSION_SESSIONS = "infusion.sessions";
    /** Consumed: infusion-service's safety events (SeriousAdverseEventReported). */
    public static final String INFUSION_SAFETY = "infusion.safety";
    /**
     * Consumed: intake-service's IntakeCompleted, SuicideRiskFlagged and SuicideRiskReviewed (the other
     * assessment events are ignored).
     */
    public static final String INTAKE_ASSESSMENTS = "intake.assessments";
    /** Consumed: outcomes-service's SuicideRiskReported (outcome figures and relapses are ignored). */
    public static final String OUTCOMES_MEASURES = "outcomes.measures";

    private Topics() {
    }
}

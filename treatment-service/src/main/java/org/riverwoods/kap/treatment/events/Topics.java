package org.riverwoods.kap.treatment.events;

/** Kafka topics, one per event family. Described for consumers in contracts/asyncapi.yaml. */
public final class Topics {

    /** TreatmentPlanStatusChanged, TreatmentPlanApproved; keyed by patient id. */
    public static final String PLANS = "treatment.plans";
    /** Consumed: intake-service's IntakeCompleted (and the other assessment events, ignored). */
    public static final String INTAKE_ASSESSMENTS = "intake.assessments";

    private Topics() {
    }
}

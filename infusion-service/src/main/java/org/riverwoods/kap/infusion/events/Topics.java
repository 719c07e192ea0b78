package org.riverwoods.kap.infusion.events;

/** Kafka topics, one per event family. Described for consumers in contracts/asyncapi.yaml. */
public final class Topics {

    /** Session lifecycle: InfusionCheckedIn, InfusionDeferred, InfusionStarted, InfusionCompleted, InfusionAborted. */
    public static final String SESSIONS = "infusion.sessions";
    /** VitalsRecorded: high volume, keyed by session id. */
    public static final String VITALS = "infusion.vitals";
    /** SafetyAlertRaised, AdverseEventReported, SeriousAdverseEventReported. */
    public static final String SAFETY = "infusion.safety";
    /**
     * The controlled-substance ledger: ControlledSubstanceReceived, ControlledSubstanceDispensed,
     * ControlledSubstanceWasted, InventoryDiscrepancyFound. Keyed by vial; no patient identifiers.
     */
    public static final String CONTROLLED_SUBSTANCES = "infusion.controlled-substances";
    /** Consumed: InfusionScheduled, AppointmentCancelled. */
    public static final String TREATMENT_APPOINTMENTS = "treatment.appointments";
    /** Consumed: TreatmentPlanStatusChanged. */
    public static final String TREATMENT_PLANS = "treatment.plans";
    /** Consumed: ConsentGranted, ConsentRevoked. */
    public static final String INTAKE_CONSENTS = "intake.consents";
    /** Consumed: SuicideRiskFlagged, SuicideRiskReviewed (the rest of intake's assessments is not read). */
    public static final String INTAKE_ASSESSMENTS = "intake.assessments";
    /** Consumed: SuicideRiskReported (PHQ-9 item 9 during treatment). */
    public static final String OUTCOMES_MEASURES = "outcomes.measures";

    private Topics() {
    }
}

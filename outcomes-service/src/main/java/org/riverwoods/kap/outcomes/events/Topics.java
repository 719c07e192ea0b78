package org.riverwoods.kap.outcomes.events;

/** Kafka topics, one per event family. Described for consumers in contracts/asyncapi.yaml. */
public final class Topics {

    /** RelapseDetected, OutcomeMeasured, SuicideRiskReported: clinical, keyed by patient id. */
    public static final String MEASURES = "outcomes.measures";
    /** Every topic analytics teams may read starts with this; they are de-identified. */
    public static final String ANALYTICS_PREFIX = "analytics.";
    /** AnalyticsOutcomeRecorded: de-identified outcome facts, keyed by pseudonym. */
    public static final String ANALYTICS_OUTCOMES = "analytics.outcomes";

    private Topics() {
    }
}

package org.riverwoods.kap.infusion.safety;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Gate inputs for tests: start from one that passes every check and change one item. */
final class GateInputs {

    static final Instant NOW = Instant.parse("2026-11-26T16:00:00Z");

    boolean treatmentConsentActive = true;
    Instant lastSolidsAt = NOW.minus(Duration.ofHours(12));
    Instant lastClearLiquidsAt = NOW.minus(Duration.ofHours(3));
    boolean pregnancyTestApplicable = false;
    Boolean pregnancyTestNegative = null;
    BigDecimal breathAlcoholGramsPerDecilitre = new BigDecimal("0.000");
    boolean selfReportedIntoxication = false;
    Integer baselineSystolicMmHg = 124;
    Integer baselineDiastolicMmHg = 78;
    Integer baselineHeartRateBpm = 72;
    Integer baselineSpo2Percent = 98;
    Integer baselineRespiratoryRatePerMinute = 14;
    Instant weightMeasuredAt = NOW.minus(Duration.ofDays(2));
    boolean prescriberOnSite = true;
    String planStatus = "ACTIVE";
    Instant suicideRiskOpenSince = null;

    static GateInputs passing() {
        return new GateInputs();
    }

    GateInputs bloodPressure(Integer systolic, Integer diastolic) {
        baselineSystolicMmHg = systolic;
        baselineDiastolicMmHg = diastolic;
        return this;
    }

    GateInputs breathAlcohol(String gramsPerDecilitre) {
        breathAlcoholGramsPerDecilitre = gramsPerDecilitre == null ? null : new BigDecimal(gramsPerDecilitre);
        return this;
    }

    GateInput build() {
        return new GateInput(treatmentConsentActive, lastSolidsAt, lastClearLiquidsAt, pregnancyTestApplicable,
                pregnancyTestNegative, breathAlcoholGramsPerDecilitre, selfReportedIntoxication, baselineSystolicMmHg,
                baselineDiastolicMmHg, baselineHeartRateBpm, baselineSpo2Percent, baselineRespiratoryRatePerMinute,
                weightMeasuredAt, prescriberOnSite, planStatus, suicideRiskOpenSince, NOW);
    }
}

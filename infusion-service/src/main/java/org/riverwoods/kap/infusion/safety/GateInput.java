package org.riverwoods.kap.infusion.safety;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What the nurse has recorded before an infusion. A null means "not recorded" and fails its check,
 * never passes it (a null {@code lastSolidsAt} is fasting not attested).
 *
 * @param pregnancyTestApplicable       whether the patient needs a pregnancy test before each infusion
 * @param pregnancyTestNegative         today's result: true negative, false positive, null not done
 * @param breathAlcoholGramsPerDecilitre today's breathalyser reading, null if not taken
 * @param baselineSystolicMmHg          pre-dose blood pressure, null if not taken
 * @param weightMeasuredAt              when the dosing weight was last measured
 * @param planStatus                    the plan's status as treatment last announced it; null if never
 * @param suicideRiskOpenSince          when an unreviewed suicide-risk flag was raised; null if none
 * @param now                           the time of the check; required
 */
public record GateInput(
        boolean treatmentConsentActive,
        Instant lastSolidsAt,
        Instant lastClearLiquidsAt,
        boolean pregnancyTestApplicable,
        Boolean pregnancyTestNegative,
        BigDecimal breathAlcoholGramsPerDecilitre,
        boolean selfReportedIntoxication,
        Integer baselineSystolicMmHg,
        Integer baselineDiastolicMmHg,
        Integer baselineHeartRateBpm,
        Integer baselineSpo2Percent,
        Integer baselineRespiratoryRatePerMinute,
        Instant weightMeasuredAt,
        boolean prescriberOnSite,
        String planStatus,
        Instant suicideRiskOpenSince,
        Instant now) {

    public GateInput {
        Objects.requireNonNull(now, "now");
    }
}

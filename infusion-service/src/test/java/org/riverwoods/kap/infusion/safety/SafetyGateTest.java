package org.riverwoods.kap.infusion.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.infusion.safety.GateInputs.NOW;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SafetyGateTest {

    private final SafetyGate gate = new SafetyGate(Settings.gate());

    private GateResult evaluate(GateInputs input) {
        return gate.evaluate(input.build());
    }

    private static GateInputs with(Consumer<GateInputs> change) {
        GateInputs input = GateInputs.passing();
        change.accept(input);
        return input;
    }

    @Test
    void aCompleteReadyPatientPassesEveryCheck() {
        GateResult result = evaluate(GateInputs.passing());

        assertTrue(result.passed());
        assertFalse(result.shouldDefer());
        assertEquals(List.of(), result.failures());
    }

    static Stream<Arguments> eachCheckFailingAlone() {
        return Stream.of(
                failing(GateCheck.TREATMENT_CONSENT, true, i -> i.treatmentConsentActive = false,
                        "No active treatment consent on file: no infusion without the patient's consent"),
                failing(GateCheck.FASTING_SOLIDS, true, i -> i.lastSolidsAt = NOW.minus(Duration.ofMinutes(270)),
                        "Solids 4 h 30 min ago; at least 6 h needed"),
                failing(GateCheck.FASTING_SOLIDS, false, i -> i.lastSolidsAt = null,
                        "Fasting from solids not attested: record when the patient last ate solids (at least 6 h needed)"),
                failing(GateCheck.FASTING_CLEAR_LIQUIDS, true, i -> i.lastClearLiquidsAt = NOW.minus(Duration.ofMinutes(70)),
                        "Clear liquids 1 h 10 min ago; at least 2 h needed"),
                failing(GateCheck.FASTING_CLEAR_LIQUIDS, false, i -> i.lastClearLiquidsAt = null,
                        "Fasting from clear liquids not attested: record when the patient last drank clear liquids "
                                + "(at least 2 h needed)"),
                failing(GateCheck.PREGNANCY_TEST, true, i -> {
                    i.pregnancyTestApplicable = true;
                    i.pregnancyTestNegative = false;
                }, "Pregnancy test positive: defer the infusion and inform the prescriber"),
                failing(GateCheck.PREGNANCY_TEST, false, i -> {
                    i.pregnancyTestApplicable = true;
                    i.pregnancyTestNegative = null;
                }, "Pregnancy test required but no result recorded: test before the infusion"),
                failing(GateCheck.BREATH_ALCOHOL, true, i -> i.breathAlcohol("0.020"),
                        "Breath alcohol 0.020 g/dL is above 0.000 g/dL: defer the infusion"),
                failing(GateCheck.BREATH_ALCOHOL, false, i -> i.breathAlcohol(null),
                        "Breath alcohol not measured: test before the infusion (at most 0.000 g/dL)"),
                failing(GateCheck.SELF_REPORTED_INTOXICATION, true, i -> i.selfReportedIntoxication = true,
                        "Patient reports being intoxicated: defer the infusion"),
                failing(GateCheck.BASELINE_VITALS, false, i -> i.bloodPressure(null, null),
                        "Baseline not recorded: blood pressure (systolic and diastolic): take baseline vitals"),
                failing(GateCheck.BASELINE_VITALS, false, i -> i.baselineHeartRateBpm = null,
                        "Baseline not recorded: heart rate: take baseline vitals"),
                failing(GateCheck.BASELINE_VITALS, false, i -> {
                    i.baselineSpo2Percent = null;
                    i.baselineRespiratoryRatePerMinute = null;
                }, "Baseline not recorded: SpO2, respiratory rate: take baseline vitals"),
                failing(GateCheck.BLOOD_PRESSURE, true, i -> i.bloodPressure(152, 96),
                        "Blood pressure 152/96 mmHg is above 140/90 mmHg: defer the infusion"),
                failing(GateCheck.WEIGHT_RECENT, false, i -> i.weightMeasuredAt = NOW.minus(Duration.ofDays(9)),
                        "Weight measured 9 days ago; must be within 7 days: weigh the patient"),
                failing(GateCheck.WEIGHT_RECENT, false, i -> i.weightMeasuredAt = null,
                        "Weight not recorded; must be within 7 days: weigh the patient"),
                failing(GateCheck.PRESCRIBER_ON_SITE, false, i -> i.prescriberOnSite = false,
                        "No prescriber on site: a prescriber must be on site before the infusion starts"),
                failing(GateCheck.PLAN_NOT_ON_HOLD, true, i -> i.planStatus = "ON_HOLD",
                        "Treatment plan is on hold: no infusion until the prescriber lifts the hold"),
                failing(GateCheck.PLAN_NOT_ON_HOLD, true, i -> i.planStatus = "DISCONTINUED",
                        "Treatment plan is discontinued: no further infusions under it"),
                failing(GateCheck.PLAN_NOT_ON_HOLD, false, i -> i.planStatus = null,
                        "No status of the treatment plan has reached infusion-service: check the plan in "
                                + "treatment-service"),
                failing(GateCheck.SUICIDE_RISK_REVIEWED, false,
                        i -> i.suicideRiskOpenSince = java.time.Instant.parse("2026-11-26T09:00:00Z"),
                        "Suicide-risk flag (PHQ-9 item 9) raised 2026-11-26T09:00:00Z is not reviewed: a clinician must "
                                + "record the same-day review at intake first"));
    }

    private static Arguments failing(GateCheck check, boolean defers, Consumer<GateInputs> change, String message) {
        return Arguments.of(check, defers, change, message);
    }

    @ParameterizedTest(name = "{0} alone fails, defers={1}: {3}")
    @MethodSource("eachCheckFailingAlone")
    void eachCheckFailingAloneIsTheOnlyFailureWithItsMessage(GateCheck check, boolean defers,
            Consumer<GateInputs> change, String message) {
        GateResult result = evaluate(with(change));

        assertFalse(result.passed());
        assertEquals(List.of(new GateFailure(check, message, defers)), result.failures());
        assertEquals(defers, result.shouldDefer());
    }

    @Test
    void everyCheckHasAFailingCase() {
        assertEquals(List.of(GateCheck.values()), eachCheckFailingAlone()
                .map(a -> (GateCheck) a.get()[0]).distinct().toList());
    }

    // --- fasting boundaries: last intake at or before now minus the hours passes

    @Test
    void solidsExactlySixHoursAgoPass() {
        assertTrue(evaluate(with(i -> i.lastSolidsAt = NOW.minus(Duration.ofHours(6)))).passed());
    }

    @Test
    void solidsFiveHoursFiftyNineMinutesAgoFail() {
        GateResult result = evaluate(with(i -> i.lastSolidsAt = NOW.minus(Duration.ofMinutes(359))));

        assertEquals(List.of(new GateFailure(GateCheck.FASTING_SOLIDS, "Solids 5 h 59 min ago; at least 6 h needed",
                true)), result.failures());
    }

    @Test
    void solidsOneSecondShortFailAndTheMessageDoesNotReadAsSixHours() {
        GateResult result = evaluate(with(i -> i.lastSolidsAt = NOW.minus(Duration.ofHours(6)).plusMillis(1)));

        assertEquals("Solids 5 h 59 min 59 s ago; at least 6 h needed", result.failures().get(0).message());
    }

    @Test
    void clearLiquidsExactlyTwoHoursAgoPass() {
        assertTrue(evaluate(with(i -> i.lastClearLiquidsAt = NOW.minus(Duration.ofHours(2)))).passed());
    }

    @Test
    void clearLiquidsOneHourFiftyNineMinutesAgoFail() {
        GateResult result = evaluate(with(i -> i.lastClearLiquidsAt = NOW.minus(Duration.ofMinutes(119))));

        assertEquals(List.of(new GateFailure(GateCheck.FASTING_CLEAR_LIQUIDS,
                "Clear liquids 1 h 59 min ago; at least 2 h needed", true)), result.failures());
    }

    @Test
    void aFastingTimeInTheFutureIsAnEntryToCorrectNotAPass() {
        GateResult result = evaluate(with(i -> i.lastSolidsAt = NOW.plus(Duration.ofMinutes(5))));

        assertEquals(List.of(new GateFailure(GateCheck.FASTING_SOLIDS,
                "Last solids time is in the future: correct it (at least 6 h needed)", false)), result.failures());
    }

    @Test
    void solidsJustNowReadAsZeroMinutes() {
        GateResult result = evaluate(with(i -> i.lastSolidsAt = NOW));

        assertEquals("Solids 0 min ago; at least 6 h needed", result.failures().get(0).message());
    }

    // --- blood pressure: at or below 140/90 passes, either number above defers

    @Test
    void bloodPressureExactly140Over90Passes() {
        assertTrue(evaluate(with(i -> i.bloodPressure(140, 90))).passed());
    }

    @Test
    void systolic141Fails() {
        GateResult result = evaluate(with(i -> i.bloodPressure(141, 90)));

        assertEquals(List.of(new GateFailure(GateCheck.BLOOD_PRESSURE,
                "Blood pressure 141/90 mmHg is above 140/90 mmHg: defer the infusion", true)), result.failures());
        assertTrue(result.shouldDefer());
    }

    @Test
    void diastolic91Fails() {
        GateResult result = evaluate(with(i -> i.bloodPressure(140, 91)));

        assertEquals(List.of(new GateFailure(GateCheck.BLOOD_PRESSURE,
                "Blood pressure 140/91 mmHg is above 140/90 mmHg: defer the infusion", true)), result.failures());
    }

    @Test
    void aHalfRecordedBaselineFailsBaselineVitalsAndIsNotJudgedAgainstTheLimit() {
        GateResult result = evaluate(with(i -> i.bloodPressure(150, null)));

        assertEquals(List.of(GateCheck.BASELINE_VITALS), result.failedChecks());
        assertFalse(result.shouldDefer());
    }

    @Test
    void anImplausibleBaselineIsMeasuredAgainNotPassed() {
        // 14/90 would sit below the 140/90 limit: a typo must not pass the gate
        GateResult result = evaluate(with(i -> i.bloodPressure(14, 90)));

        assertEquals(List.of(new GateFailure(GateCheck.BASELINE_VITALS,
                "Baseline blood pressure 14/90 mmHg is not plausible: measure again", false)), result.failures());
    }

    @Test
    void aBaselineWithDiastolicNotBelowSystolicIsImplausible() {
        assertEquals(List.of(GateCheck.BASELINE_VITALS), evaluate(with(i -> i.bloodPressure(90, 90))).failedChecks());
    }

    @Test
    void baselinePlausibilityBoundsAreInclusive() {
        assertTrue(evaluate(with(i -> i.bloodPressure(50, 20))).passed());
        assertEquals(List.of(GateCheck.BASELINE_VITALS), evaluate(with(i -> i.bloodPressure(49, 20))).failedChecks());
        assertEquals(List.of(GateCheck.BASELINE_VITALS), evaluate(with(i -> i.bloodPressure(50, 19))).failedChecks());
    }

    // --- weight: exactly 7 days (of 24 h) old passes

    @Test
    void weightExactlySevenDaysOldPasses() {
        assertTrue(evaluate(with(i -> i.weightMeasuredAt = NOW.minus(Duration.ofDays(7)))).passed());
    }

    @Test
    void weightSevenDaysAndOneMinuteOldFails() {
        GateResult result = evaluate(with(i -> i.weightMeasuredAt = NOW.minus(Duration.ofDays(7).plusMinutes(1))));

        assertEquals(List.of(new GateFailure(GateCheck.WEIGHT_RECENT,
                "Weight measured 7 days 1 min ago; must be within 7 days: weigh the patient", false)), result.failures());
        assertFalse(result.shouldDefer());
    }

    @Test
    void weightJustPastTheLimitNeverReadsAsTheLimitItself() {
        GateResult result = evaluate(with(i -> i.weightMeasuredAt = NOW.minus(Duration.ofDays(7).plusMillis(1))));

        assertEquals("Weight measured 7 days 1 s ago; must be within 7 days: weigh the patient",
                result.failures().get(0).message());
    }

    @Test
    void aWeightTimeInTheFutureFails() {
        GateResult result = evaluate(with(i -> i.weightMeasuredAt = NOW.plusSeconds(60)));

        assertEquals(List.of(GateCheck.WEIGHT_RECENT), result.failedChecks());
    }

    // --- breath alcohol: at or below 0.000 passes

    @Test
    void breathAlcoholZeroPasses() {
        assertTrue(evaluate(with(i -> i.breathAlcohol("0.000"))).passed());
        assertTrue(evaluate(with(i -> i.breathAlcohol("0"))).passed());
    }

    @Test
    void breathAlcohol0001Fails() {
        GateResult result = evaluate(with(i -> i.breathAlcohol("0.001")));

        assertEquals(List.of(new GateFailure(GateCheck.BREATH_ALCOHOL,
                "Breath alcohol 0.001 g/dL is above 0.000 g/dL: defer the infusion", true)), result.failures());
        assertTrue(result.shouldDefer());
    }

    @Test
    void aNegativeBreathAlcoholReadingIsRepeatedNotPassed() {
        GateResult result = evaluate(with(i -> i.breathAlcohol("-0.010")));

        assertEquals(List.of(new GateFailure(GateCheck.BREATH_ALCOHOL,
                "Breath alcohol reading below zero is not possible: repeat the test", false)), result.failures());
    }

    // --- pregnancy test

    @Test
    void anApplicableNegativePregnancyTestPasses() {
        assertTrue(evaluate(with(i -> {
            i.pregnancyTestApplicable = true;
            i.pregnancyTestNegative = true;
        })).passed());
    }

    @Test
    void aPregnancyTestNotApplicableAndNotDonePasses() {
        assertTrue(evaluate(with(i -> {
            i.pregnancyTestApplicable = false;
            i.pregnancyTestNegative = null;
        })).passed());
    }

    @Test
    void aRecordedPositivePregnancyTestIsNeverIgnoredEvenWhenMarkedNotApplicable() {
        GateResult result = evaluate(with(i -> {
            i.pregnancyTestApplicable = false;
            i.pregnancyTestNegative = false;
        }));

        assertEquals(List.of(GateCheck.PREGNANCY_TEST), result.failedChecks());
        assertTrue(result.shouldDefer());
    }

    // --- every failure reported together, and the defer split

    @Test
    void everyFailureIsReportedInCheckOrderNotJustTheFirst() {
        GateResult result = evaluate(with(i -> {
            i.treatmentConsentActive = false;
            i.lastSolidsAt = NOW.minus(Duration.ofHours(1));
            i.lastClearLiquidsAt = NOW.minus(Duration.ofMinutes(30));
            i.pregnancyTestApplicable = true;
            i.pregnancyTestNegative = false;
            i.breathAlcohol("0.050");
            i.selfReportedIntoxication = true;
            i.weightMeasuredAt = null;
            i.prescriberOnSite = false;
            i.planStatus = "ON_HOLD";
        }).bloodPressure(null, 80));

        assertEquals(List.of(GateCheck.TREATMENT_CONSENT, GateCheck.FASTING_SOLIDS, GateCheck.FASTING_CLEAR_LIQUIDS,
                GateCheck.PREGNANCY_TEST, GateCheck.BREATH_ALCOHOL, GateCheck.SELF_REPORTED_INTOXICATION,
                GateCheck.BASELINE_VITALS, GateCheck.WEIGHT_RECENT, GateCheck.PRESCRIBER_ON_SITE,
                GateCheck.PLAN_NOT_ON_HOLD), result.failedChecks());
        assertTrue(result.shouldDefer());
    }

    @Test
    void highBloodPressureIsReportedAlongsideOtherFailures() {
        GateResult result = evaluate(with(i -> {
            i.prescriberOnSite = false;
            i.lastSolidsAt = null;
        }).bloodPressure(160, 100));

        assertEquals(List.of(GateCheck.FASTING_SOLIDS, GateCheck.BLOOD_PRESSURE, GateCheck.PRESCRIBER_ON_SITE),
                result.failedChecks());
    }

    @Test
    void failuresStaffCanFixOnTheSpotDoNotDefer() {
        GateResult result = evaluate(with(i -> {
            i.prescriberOnSite = false;
            i.weightMeasuredAt = null;
            i.lastSolidsAt = null;
            i.breathAlcohol(null);
            i.pregnancyTestApplicable = true;
        }).bloodPressure(null, null));

        assertFalse(result.passed());
        assertFalse(result.shouldDefer());
        assertEquals(6, result.failures().size());
    }

    @Test
    void oneDeferringFailureAmongFixableOnesDefers() {
        GateResult result = evaluate(with(i -> {
            i.prescriberOnSite = false;
            i.weightMeasuredAt = null;
        }).bloodPressure(145, 85));

        assertFalse(result.passed());
        assertTrue(result.shouldDefer());
    }

    @Test
    void theResultCannotBeChangedAfterwards() {
        GateResult result = evaluate(with(i -> i.prescriberOnSite = false));

        assertThrows(UnsupportedOperationException.class, () -> result.failures().clear());
    }

    @Test
    void nowIsRequired() {
        assertThrows(NullPointerException.class, () -> new GateInput(true, NOW, NOW, false, null, null, false, 120,
                80, 70, 98, 14, NOW, true, "ACTIVE", null, null));
    }

    // --- clinic settings change the outcome

    @Test
    void aClinicWithAHigherBloodPressureLimitLetsTheSamePatientThrough() {
        GateInputs patient = GateInputs.passing().bloodPressure(148, 88);
        SafetyGate clinic = new SafetyGate(Settings.gate(Map.of("kap.clinical.infusion.gate.max-systolic-mm-hg", "150")));

        assertFalse(gate.evaluate(patient.build()).passed());
        assertTrue(clinic.evaluate(patient.build()).passed());
    }

    @Test
    void aClinicRequiringOnlyBloodPressureLetsAPatientWithoutOtherBaselinesThrough() {
        GateInputs patient = with(i -> {
            i.baselineHeartRateBpm = null;
            i.baselineSpo2Percent = null;
            i.baselineRespiratoryRatePerMinute = null;
        });
        SafetyGate clinic = new SafetyGate(Settings.gate(Map.of(
                "kap.clinical.infusion.gate.required-baseline-vitals", "BLOOD_PRESSURE")));

        assertEquals(List.of(GateCheck.BASELINE_VITALS), gate.evaluate(patient.build()).failedChecks());
        assertTrue(clinic.evaluate(patient.build()).passed());
        // blood pressure stays required whatever the list: the gate judges it
        SafetyGate noList = new SafetyGate(Settings.gate(Map.of(
                "kap.clinical.infusion.gate.required-baseline-vitals", "HEART_RATE")));
        assertEquals(List.of(GateCheck.BASELINE_VITALS),
                noList.evaluate(with(i -> i.bloodPressure(null, null)).build()).failedChecks());
    }

    @Test
    void aClinicWithLongerFastingDefersAPatientTheDefaultPasses() {
        GateInputs patient = with(i -> i.lastSolidsAt = NOW.minus(Duration.ofHours(7)));
        SafetyGate clinic = new SafetyGate(Settings.gate(Map.of("kap.clinical.infusion.gate.no-solids-hours", "8")));

        assertTrue(gate.evaluate(patient.build()).passed());
        assertEquals(List.of(new GateFailure(GateCheck.FASTING_SOLIDS, "Solids 7 h ago; at least 8 h needed", true)),
                clinic.evaluate(patient.build()).failures());
    }

    @Test
    void aClinicBreathAlcoholLimitIsComparedByValue() {
        SafetyGate clinic = new SafetyGate(Settings.gate(Map.of(
                "kap.clinical.infusion.gate.breath-alcohol-max-grams-per-decilitre", "0.02")));

        assertTrue(clinic.evaluate(GateInputs.passing().breathAlcohol("0.020").build()).passed());
        assertEquals("Breath alcohol 0.021 g/dL is above 0.020 g/dL: defer the infusion",
                clinic.evaluate(GateInputs.passing().breathAlcohol("0.021").build()).failures().get(0).message());
    }

    @Test
    void aSystolicLimitNotAboveTheDiastolicStopsTheServiceAtStart() {
        SafetyGateSettings contradictory = Settings.gate(Map.of(
                "kap.clinical.infusion.gate.max-systolic-mm-hg", "90",
                "kap.clinical.infusion.gate.max-diastolic-mm-hg", "90"));

        assertThrows(IllegalStateException.class, () -> new SafetyGate(contradictory));
    }
}

package org.riverwoods.kap.infusion.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VitalsAlertRulesTest {

    private static final Instant STARTED = Instant.parse("2026-11-26T16:00:00Z");

    private final VitalsAlertRules rules = new VitalsAlertRules(Settings.alerts());

    private List<SafetyAlert> evaluate(Readings reading) {
        return rules.evaluate(reading.build());
    }

    private static List<AlertRule> rulesOf(List<SafetyAlert> alerts) {
        return alerts.stream().map(SafetyAlert::rule).toList();
    }

    @Test
    void aNormalReadingRaisesNothing() {
        assertEquals(List.of(), evaluate(Readings.normal()));
    }

    @Test
    void aReadingWithNoMeasurementRaisesNothing() {
        assertEquals(List.of(), evaluate(Readings.empty()));
    }

    // --- each rule at, just inside and just past its threshold

    @ParameterizedTest(name = "{0}/{1} mmHg -> {2}")
    @CsvSource({
            "180, 82, ''",
            "181, 82, SEVERE_HYPERTENSION",
            "128, 110, ''",
            "128, 111, SEVERE_HYPERTENSION",
            "181, 111, SEVERE_HYPERTENSION" })
    void severeHypertensionPausesAboveEitherThreshold(int systolic, int diastolic, String expected) {
        List<SafetyAlert> alerts = evaluate(Readings.normal().bloodPressure(systolic, diastolic));

        assertEquals(expected.isEmpty() ? List.of() : List.of(AlertRule.valueOf(expected)), rulesOf(alerts));
        alerts.forEach(a -> assertEquals(AlertLevel.PAUSE, a.level()));
    }

    @Test
    void severeHypertensionSaysWhatToDo() {
        assertEquals(List.of(new SafetyAlert(AlertRule.SEVERE_HYPERTENSION, AlertLevel.PAUSE,
                "Blood pressure 181/90 mmHg is above 180/110 mmHg: pause the infusion")),
                evaluate(Readings.normal().bloodPressure(181, 90)));
    }

    @Test
    void spo2AtNinetyFourRaisesNothing() {
        assertEquals(List.of(), evaluate(Readings.normal().spo2(94)));
    }

    @Test
    void spo2NinetyThreeWarns() {
        assertEquals(List.of(new SafetyAlert(AlertRule.LOW_SPO2, AlertLevel.ALERT,
                "SpO2 93% is below the 94% warning level; the infusion stops below 92%")),
                evaluate(Readings.normal().spo2(93)));
    }

    @Test
    void spo2NinetyTwoWarnsButDoesNotStop() {
        assertEquals(List.of(AlertRule.LOW_SPO2), rulesOf(evaluate(Readings.normal().spo2(92))));
    }

    @Test
    void spo2NinetyOneStopsAndDoesNotAlsoWarn() {
        assertEquals(List.of(new SafetyAlert(AlertRule.HYPOXAEMIA, AlertLevel.STOP,
                "SpO2 91% is below 92%: stop the infusion")), evaluate(Readings.normal().spo2(91)));
    }

    @Test
    void sedationMoaasThreeRaisesNothing() {
        assertEquals(List.of(), evaluate(Readings.normal().moaas(3)));
    }

    @ParameterizedTest(name = "MOAA/S {0} -> DEEP_SEDATION")
    @CsvSource({ "2", "1", "0" })
    void sedationMoaasTwoOrLessAlerts(int moaas) {
        assertEquals(List.of(new SafetyAlert(AlertRule.DEEP_SEDATION, AlertLevel.ALERT,
                "MOAA/S " + moaas + " is at or below 2: deep sedation, assess the patient now")),
                evaluate(Readings.normal().moaas(moaas)));
    }

    @Test
    void respiratoryRateEightRaisesNothing() {
        assertEquals(List.of(), evaluate(Readings.normal().respiratoryRate(8)));
    }

    @Test
    void respiratoryRateSevenStops() {
        assertEquals(List.of(new SafetyAlert(AlertRule.RESPIRATORY_DEPRESSION, AlertLevel.STOP,
                "Respiratory rate 7/min is below 8/min: stop the infusion")),
                evaluate(Readings.normal().respiratoryRate(7)));
    }

    @Test
    void noBreathingStops() {
        assertEquals(List.of(AlertRule.RESPIRATORY_DEPRESSION), rulesOf(evaluate(Readings.normal().respiratoryRate(0))));
    }

    @ParameterizedTest(name = "HR {0} -> {1}")
    @CsvSource({
            "130, ''",
            "131, TACHYCARDIA",
            "45, ''",
            "44, BRADYCARDIA",
            "0, BRADYCARDIA" })
    void heartRateAlertsOutsideTheBand(int bpm, String expected) {
        List<SafetyAlert> alerts = evaluate(Readings.normal().heartRate(bpm));

        assertEquals(expected.isEmpty() ? List.of() : List.of(AlertRule.valueOf(expected)), rulesOf(alerts));
        alerts.forEach(a -> assertEquals(AlertLevel.ALERT, a.level()));
    }

    @Test
    void heartRateMessagesGiveValueAndThreshold() {
        assertEquals("Heart rate 131 bpm is above 130 bpm", evaluate(Readings.normal().heartRate(131)).get(0).message());
        assertEquals("Heart rate 44 bpm is below 45 bpm", evaluate(Readings.normal().heartRate(44)).get(0).message());
    }

    // --- several alerts, partial readings

    @Test
    void oneReadingRaisesEveryAlertItMeetsMostSevereFirst() {
        List<SafetyAlert> alerts = evaluate(Readings.normal().bloodPressure(185, 100).spo2(90).respiratoryRate(6)
                .heartRate(135).moaas(2));

        assertEquals(List.of(AlertRule.HYPOXAEMIA, AlertRule.RESPIRATORY_DEPRESSION, AlertRule.SEVERE_HYPERTENSION,
                AlertRule.DEEP_SEDATION, AlertRule.TACHYCARDIA), rulesOf(alerts));
        assertEquals(List.of(AlertLevel.STOP, AlertLevel.STOP, AlertLevel.PAUSE, AlertLevel.ALERT, AlertLevel.ALERT),
                alerts.stream().map(SafetyAlert::level).toList());
    }

    @Test
    void aReadingWithOnlySomeFieldsIsJudgedOnWhatItHas() {
        assertEquals(List.of(AlertRule.HYPOXAEMIA), rulesOf(evaluate(Readings.empty().spo2(88))));
        assertEquals(List.of(AlertRule.SEVERE_HYPERTENSION), rulesOf(evaluate(Readings.empty().bloodPressure(190, null))));
        assertEquals(List.of(AlertRule.DEEP_SEDATION), rulesOf(evaluate(Readings.empty().moaas(1).heartRate(80))));
        assertEquals(List.of(), evaluate(Readings.empty().heartRate(80).cadss(30)));
    }

    @Test
    void aHalfBloodPressureShowsTheMissingPartAsUnknown() {
        assertEquals("Blood pressure 190/? mmHg is above 180/110 mmHg: pause the infusion",
                evaluate(Readings.empty().bloodPressure(190, null)).get(0).message());
    }

    @Test
    void theAlertsCannotBeChangedAfterwards() {
        List<SafetyAlert> alerts = evaluate(Readings.normal().spo2(90));

        assertThrows(UnsupportedOperationException.class, alerts::clear);
    }

    // --- blood pressure overdue: more than 10 min since the last one

    @Test
    void bloodPressureExactlyTenMinutesAgoIsNotOverdue() {
        assertEquals(Optional.empty(), rules.bloodPressureOverdue(STARTED, STARTED.plus(Duration.ofMinutes(10))));
    }

    @Test
    void bloodPressureTenMinutesOneSecondAgoIsOverdue() {
        assertEquals(Optional.of(new SafetyAlert(AlertRule.BLOOD_PRESSURE_OVERDUE, AlertLevel.REMINDER,
                "No blood pressure for 10 min 1 s; due every 10 min: take one now")),
                rules.bloodPressureOverdue(STARTED, STARTED.plus(Duration.ofMinutes(10).plusSeconds(1))));
    }

    @Test
    void bloodPressureElevenMinutesAgoIsOverdue() {
        assertEquals("No blood pressure for 11 min; due every 10 min: take one now",
                rules.bloodPressureOverdue(STARTED, STARTED.plus(Duration.ofMinutes(11))).orElseThrow().message());
    }

    @Test
    void withNoBloodPressureYetTheIntervalCountsFromTheInfusionStart() {
        assertEquals(Optional.empty(), rules.bloodPressureOverdue(STARTED, null, STARTED.plus(Duration.ofMinutes(10))));
        assertTrue(rules.bloodPressureOverdue(STARTED, null, STARTED.plus(Duration.ofMinutes(11))).isPresent());
    }

    @Test
    void aPreDoseBloodPressureDoesNotMakeTheFirstOneDueEarly() {
        Instant preDose = STARTED.minus(Duration.ofMinutes(15));

        assertEquals(Optional.empty(), rules.bloodPressureOverdue(STARTED, preDose, STARTED.plus(Duration.ofMinutes(10))));
    }

    @Test
    void aBloodPressureDuringTheInfusionRestartsTheInterval() {
        Instant last = STARTED.plus(Duration.ofMinutes(20));

        assertEquals(Optional.empty(), rules.bloodPressureOverdue(STARTED, last, last.plus(Duration.ofMinutes(10))));
        assertTrue(rules.bloodPressureOverdue(STARTED, last, last.plus(Duration.ofMinutes(10)).plusSeconds(1)).isPresent());
    }

    @Test
    void theTwoArgumentFormNeedsAStartingPoint() {
        assertThrows(NullPointerException.class, () -> rules.bloodPressureOverdue(null, STARTED));
    }

    // --- clinic settings

    @Test
    void aClinicPausingAbove170PausesAt171WhereTheDefaultDoesNot() {
        VitalsAlertRules clinic = new VitalsAlertRules(Settings.alerts(Map.of(
                "kap.clinical.infusion.alerts.pause-systolic-above-mm-hg", "170")));
        Readings reading = Readings.normal().bloodPressure(175, 95);

        assertEquals(List.of(), rules.evaluate(reading.build()));
        assertEquals(List.of(new SafetyAlert(AlertRule.SEVERE_HYPERTENSION, AlertLevel.PAUSE,
                "Blood pressure 175/95 mmHg is above 170/110 mmHg: pause the infusion")), clinic.evaluate(reading.build()));
        assertEquals(List.of(), clinic.evaluate(Readings.normal().bloodPressure(170, 95).build()));
    }

    @Test
    void aClinicWithAFiveMinuteIntervalRemindsSooner() {
        VitalsAlertRules clinic = new VitalsAlertRules(Settings.alerts(Map.of(
                "kap.clinical.infusion.alerts.blood-pressure-every-minutes", "5")));

        assertTrue(clinic.bloodPressureOverdue(STARTED, STARTED.plus(Duration.ofMinutes(6))).isPresent());
        assertEquals(Optional.empty(), rules.bloodPressureOverdue(STARTED, STARTED.plus(Duration.ofMinutes(6))));
    }

    @Test
    void warningAndStopAtTheSameSpo2MeanOnlyTheStop() {
        VitalsAlertRules clinic = new VitalsAlertRules(Settings.alerts(Map.of(
                "kap.clinical.infusion.alerts.warn-spo2-below-percent", "92")));

        assertEquals(List.of(), clinic.evaluate(Readings.normal().spo2(92).build()));
        assertEquals(List.of(AlertRule.HYPOXAEMIA), rulesOf(clinic.evaluate(Readings.normal().spo2(91).build())));
    }

    @Test
    void aWarningLevelBelowTheStopLevelStopsTheServiceAtStart() {
        VitalsAlertSettings contradictory = Settings.alerts(Map.of(
                "kap.clinical.infusion.alerts.warn-spo2-below-percent", "90"));

        assertThrows(IllegalStateException.class, () -> new VitalsAlertRules(contradictory));
    }

    @Test
    void aBradycardiaThresholdNotBelowTheTachycardiaOneStopsTheServiceAtStart() {
        VitalsAlertSettings contradictory = Settings.alerts(Map.of(
                "kap.clinical.infusion.alerts.alert-heart-rate-below-bpm", "130"));

        assertThrows(IllegalStateException.class, () -> new VitalsAlertRules(contradictory));
    }

    // --- levels and alerts

    @Test
    void levelsAreOrderedBySeverity() {
        assertEquals(List.of(AlertLevel.REMINDER, AlertLevel.ALERT, AlertLevel.PAUSE, AlertLevel.STOP),
                List.of(AlertLevel.values()));
        assertTrue(AlertLevel.STOP.compareTo(AlertLevel.PAUSE) > 0);
    }

    @Test
    void eachRuleRaisesItsLevel() {
        assertEquals(AlertLevel.PAUSE, AlertRule.SEVERE_HYPERTENSION.level());
        assertEquals(AlertLevel.STOP, AlertRule.HYPOXAEMIA.level());
        assertEquals(AlertLevel.ALERT, AlertRule.LOW_SPO2.level());
        assertEquals(AlertLevel.ALERT, AlertRule.DEEP_SEDATION.level());
        assertEquals(AlertLevel.ALERT, AlertRule.TACHYCARDIA.level());
        assertEquals(AlertLevel.ALERT, AlertRule.BRADYCARDIA.level());
        assertEquals(AlertLevel.STOP, AlertRule.RESPIRATORY_DEPRESSION.level());
        assertEquals(AlertLevel.REMINDER, AlertRule.BLOOD_PRESSURE_OVERDUE.level());
    }

    @Test
    void anAlertCannotCarryAnotherLevelThanItsRule() {
        assertThrows(IllegalArgumentException.class,
                () -> new SafetyAlert(AlertRule.HYPOXAEMIA, AlertLevel.ALERT, "SpO2 85%"));
    }
}

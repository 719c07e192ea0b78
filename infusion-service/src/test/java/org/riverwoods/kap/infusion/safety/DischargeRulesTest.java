package org.riverwoods.kap.infusion.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DischargeRulesTest {

    private static final Instant DOSING = Instant.parse("2026-11-26T16:00:00Z");
    private static final int BASELINE_SYSTOLIC = 130;
    private static final int BASELINE_DIASTOLIC = 80;
    private static final int BASELINE_HEART_RATE = 70;

    private final DischargeRules rules = new DischargeRules(Settings.discharge());

    /** Two hours after dosing, vitals at baseline, alert, driver present. */
    private static DischargeInput ready(Readings latest) {
        return at(Duration.ofMinutes(120), latest, true);
    }

    private static Readings atBaseline() {
        return Readings.empty().takenAt(DOSING.plus(Duration.ofMinutes(115)))
                .bloodPressure(BASELINE_SYSTOLIC, BASELINE_DIASTOLIC).heartRate(BASELINE_HEART_RATE).moaas(5)
                .spo2(98).respiratoryRate(14);
    }

    private static DischargeInput at(Duration sinceDosing, Readings latest, boolean driverPresent) {
        return new DischargeInput(DOSING, DOSING.plus(sinceDosing), BASELINE_SYSTOLIC, BASELINE_DIASTOLIC,
                BASELINE_HEART_RATE, latest == null ? null : latest.build(), driverPresent);
    }

    @Test
    void atTwoHoursWithEverythingMetThePatientMayLeave() {
        DischargeAssessment assessment = rules.assess(ready(atBaseline()));

        assertTrue(assessment.ready());
        assertEquals(List.of(), assessment.unmet());
        assertEquals(DOSING.plus(Duration.ofMinutes(120)), assessment.earliestDischargeAt());
    }

    @Test
    void at119MinutesThePatientStaysUntilTwoHoursAfterDosing() {
        DischargeAssessment assessment = rules.assess(at(Duration.ofMinutes(119), atBaseline(), true));

        assertFalse(assessment.ready());
        assertEquals(List.of(new DischargeUnmet(DischargeCriterion.MINIMUM_OBSERVATION,
                "Observed 1 h 59 min of the 2 h minimum")), assessment.unmet());
        assertEquals(DOSING.plus(Duration.ofMinutes(120)), assessment.earliestDischargeAt());
    }

    @Test
    void theObservationMessageSaysHowLongSoFar() {
        assertEquals("Observed 1 h 45 min of the 2 h minimum",
                rules.assess(at(Duration.ofMinutes(105), atBaseline(), true)).unmet().get(0).message());
        assertEquals("Observed 1 h 59 min 59 s of the 2 h minimum",
                rules.assess(at(Duration.ofMinutes(120).minusMillis(1), atBaseline(), true)).unmet().get(0).message());
    }

    @Test
    void aDosingStartAfterNowIsNotObservation() {
        DischargeAssessment assessment = rules.assess(new DischargeInput(DOSING, DOSING.minusSeconds(60),
                BASELINE_SYSTOLIC, BASELINE_DIASTOLIC, BASELINE_HEART_RATE, null, true));

        assertEquals(new DischargeUnmet(DischargeCriterion.MINIMUM_OBSERVATION,
                "Dosing start is after the current time: correct the recorded time"), assessment.unmet().get(0));
    }

    @ParameterizedTest(name = "{0}/{1} mmHg against 130/80 -> ready {2}")
    @CsvSource({
            "150, 80, true",
            "151, 80, false",
            "110, 80, true",
            "109, 80, false",
            "130, 100, true",
            "130, 101, false",
            "130, 60, true",
            "130, 59, false" })
    void bloodPressureMustBeWithin20MmHgOfBaselineEitherWay(int systolic, int diastolic, boolean ready) {
        DischargeAssessment assessment = rules.assess(ready(atBaseline().bloodPressure(systolic, diastolic)));

        assertEquals(ready, assessment.ready());
        assertEquals(ready ? List.of() : List.of(DischargeCriterion.BLOOD_PRESSURE_NEAR_BASELINE),
                assessment.unmetCriteria());
    }

    @Test
    void bloodPressureFarFromBaselineSaysBoth() {
        assertEquals(List.of(new DischargeUnmet(DischargeCriterion.BLOOD_PRESSURE_NEAR_BASELINE,
                "Blood pressure 151/80 mmHg is more than 20 mmHg from the pre-dose baseline 130/80 mmHg")),
                rules.assess(ready(atBaseline().bloodPressure(151, 80))).unmet());
    }

    @ParameterizedTest(name = "HR {0} against 70 -> ready {1}")
    @CsvSource({ "90, true", "91, false", "50, true", "49, false" })
    void heartRateMustBeWithin20BpmOfBaselineEitherWay(int bpm, boolean ready) {
        DischargeAssessment assessment = rules.assess(ready(atBaseline().heartRate(bpm)));

        assertEquals(ready, assessment.ready());
        assertEquals(ready ? List.of() : List.of(DischargeCriterion.HEART_RATE_NEAR_BASELINE),
                assessment.unmetCriteria());
    }

    @Test
    void heartRateFarFromBaselineSaysBoth() {
        assertEquals("Heart rate 91 bpm is more than 20 bpm from the pre-dose baseline 70 bpm",
                rules.assess(ready(atBaseline().heartRate(91))).unmet().get(0).message());
    }

    @Test
    void moaasFourIsNotAlertEnoughToLeave() {
        assertEquals(List.of(new DischargeUnmet(DischargeCriterion.ALERT_MOAAS_5, "MOAA/S 4; 5 needed to leave")),
                rules.assess(ready(atBaseline().moaas(4))).unmet());
    }

    @Test
    void noDriverNoDischarge() {
        assertEquals(List.of(new DischargeUnmet(DischargeCriterion.DRIVER_PRESENT,
                "No driver present: the patient may not drive and must leave with a driver")),
                rules.assess(at(Duration.ofMinutes(150), atBaseline(), false)).unmet());
    }

    // --- missing data never discharges

    @Test
    void withoutVitalsSinceDosingEveryVitalsCriterionIsUnmet() {
        DischargeAssessment assessment = rules.assess(ready(null));

        assertEquals(List.of(
                new DischargeUnmet(DischargeCriterion.BLOOD_PRESSURE_NEAR_BASELINE,
                        "No vitals recorded since dosing started: take a blood pressure"),
                new DischargeUnmet(DischargeCriterion.HEART_RATE_NEAR_BASELINE,
                        "No vitals recorded since dosing started: take the heart rate"),
                new DischargeUnmet(DischargeCriterion.ALERT_MOAAS_5,
                        "No vitals recorded since dosing started: assess sedation (MOAA/S 5 needed)")),
                assessment.unmet());
    }

    @Test
    void aReadingFromBeforeDosingDoesNotCountAsBackToBaseline() {
        DischargeAssessment assessment = rules.assess(ready(atBaseline().takenAt(DOSING.minusSeconds(600))));

        assertEquals(List.of(DischargeCriterion.BLOOD_PRESSURE_NEAR_BASELINE, DischargeCriterion.HEART_RATE_NEAR_BASELINE,
                DischargeCriterion.ALERT_MOAAS_5), assessment.unmetCriteria());
        assertEquals("Latest vitals were taken before dosing started: take a blood pressure",
                assessment.unmet().get(0).message());
    }

    @Test
    void aLatestReadingWithoutSomeMeasurementsLeavesThoseCriteriaUnmet() {
        DischargeAssessment assessment = rules.assess(ready(atBaseline().bloodPressure(BASELINE_SYSTOLIC, null)
                .heartRate(null).moaas(null)));

        assertEquals(List.of(
                new DischargeUnmet(DischargeCriterion.BLOOD_PRESSURE_NEAR_BASELINE,
                        "Blood pressure not in the latest vitals: take a blood pressure"),
                new DischargeUnmet(DischargeCriterion.HEART_RATE_NEAR_BASELINE,
                        "Heart rate not in the latest vitals: take the heart rate"),
                new DischargeUnmet(DischargeCriterion.ALERT_MOAAS_5,
                        "Sedation not assessed in the latest vitals (MOAA/S 5 needed)")),
                assessment.unmet());
    }

    @Test
    void missingBaselinesLeaveTheComparisonsUnmet() {
        DischargeAssessment assessment = rules.assess(new DischargeInput(DOSING, DOSING.plus(Duration.ofHours(3)),
                null, 80, null, atBaseline().build(), true));

        assertEquals(List.of(
                new DischargeUnmet(DischargeCriterion.BLOOD_PRESSURE_NEAR_BASELINE,
                        "Baseline blood pressure not recorded: it cannot be compared"),
                new DischargeUnmet(DischargeCriterion.HEART_RATE_NEAR_BASELINE,
                        "Baseline heart rate not recorded: it cannot be compared")),
                assessment.unmet());
    }

    @Test
    void everyUnmetCriterionIsReportedInOrder() {
        DischargeAssessment assessment = rules.assess(at(Duration.ofMinutes(60),
                atBaseline().takenAt(DOSING.plus(Duration.ofMinutes(55))).bloodPressure(170, 100).heartRate(110)
                        .moaas(3), false));

        assertEquals(List.of(DischargeCriterion.values()), assessment.unmetCriteria());
        assertEquals(DOSING.plus(Duration.ofMinutes(120)), assessment.earliestDischargeAt());
    }

    @Test
    void theDosingStartAndNowAreRequired() {
        assertThrows(NullPointerException.class, () -> new DischargeInput(null, DOSING, 130, 80, 70, null, true));
        assertThrows(NullPointerException.class, () -> new DischargeInput(DOSING, null, 130, 80, 70, null, true));
    }

    // --- clinic settings

    @Test
    void aClinicWithThreeHoursObservationHoldsThePatientLonger() {
        DischargeRules clinic = new DischargeRules(Settings.discharge(Map.of(
                "kap.clinical.infusion.discharge.minimum-observation-minutes", "180")));

        DischargeAssessment assessment = clinic.assess(at(Duration.ofMinutes(150), atBaseline(), true));

        assertEquals(List.of(new DischargeUnmet(DischargeCriterion.MINIMUM_OBSERVATION,
                "Observed 2 h 30 min of the 3 h minimum")), assessment.unmet());
        assertEquals(DOSING.plus(Duration.ofMinutes(180)), assessment.earliestDischargeAt());
    }

    @Test
    void aClinicWithWiderBandsAndMoaasFourDischargesWhereTheDefaultDoesNot() {
        DischargeRules clinic = new DischargeRules(Settings.discharge(Map.of(
                "kap.clinical.infusion.discharge.blood-pressure-within-mm-hg-of-baseline", "25",
                "kap.clinical.infusion.discharge.heart-rate-within-bpm-of-baseline", "25",
                "kap.clinical.infusion.discharge.required-moaas", "4")));
        DischargeInput input = ready(atBaseline().bloodPressure(155, 105).heartRate(95).moaas(4));

        assertEquals(List.of(DischargeCriterion.BLOOD_PRESSURE_NEAR_BASELINE, DischargeCriterion.HEART_RATE_NEAR_BASELINE,
                DischargeCriterion.ALERT_MOAAS_5), rules.assess(input).unmetCriteria());
        assertTrue(clinic.assess(input).ready());
    }

    @Test
    void aTrainingSystemWithoutObservationStillJudgesVitalsAndTheDriver() {
        DischargeRules training = new DischargeRules(Settings.validated(DischargeSettings.class, Map.of(
                "kap.clinical.infusion.discharge.minimum-observation-minutes", "0")));

        assertTrue(training.belowRemsMinimum());
        assertFalse(rules.belowRemsMinimum());
        assertTrue(training.assess(at(Duration.ofMinutes(1), atBaseline(), true)).ready());
        assertEquals(List.of(DischargeCriterion.DRIVER_PRESENT),
                training.assess(at(Duration.ofMinutes(1), atBaseline(), false)).unmetCriteria());
    }

    @Test
    void aNegativeObservationIsRejectedAtStartUp() {
        assertThrows(io.smallrye.config.ConfigValidationException.class, () -> Settings.validated(
                DischargeSettings.class, Map.of("kap.clinical.infusion.discharge.minimum-observation-minutes", "-1")));
    }
}

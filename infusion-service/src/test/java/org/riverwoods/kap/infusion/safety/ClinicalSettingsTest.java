package org.riverwoods.kap.infusion.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigValidationException;

class ClinicalSettingsTest {

    @Test
    void gateDefaultsAreTheDocumentedValues() {
        SafetyGateSettings gate = Settings.gate();

        assertEquals(6, gate.noSolidsHours());
        assertEquals(2, gate.noClearLiquidsHours());
        assertEquals(140, gate.maxSystolicMmHg());
        assertEquals(90, gate.maxDiastolicMmHg());
        assertEquals(7, gate.weightMaxAgeDays());
        assertEquals(new BigDecimal("0.000"), gate.breathAlcoholMaxGramsPerDecilitre());
    }

    @Test
    void alertDefaultsAreTheDocumentedValues() {
        VitalsAlertSettings alerts = Settings.alerts();

        assertEquals(180, alerts.pauseSystolicAboveMmHg());
        assertEquals(110, alerts.pauseDiastolicAboveMmHg());
        assertEquals(92, alerts.stopSpo2BelowPercent());
        assertEquals(94, alerts.warnSpo2BelowPercent());
        assertEquals(2, alerts.alertSedationAtOrBelowMoaas());
        assertEquals(130, alerts.alertHeartRateAboveBpm());
        assertEquals(45, alerts.alertHeartRateBelowBpm());
        assertEquals(8, alerts.stopRespiratoryRateBelowPerMinute());
        assertEquals(10, alerts.bloodPressureEveryMinutes());
    }

    @Test
    void dischargeDefaultsAreTheDocumentedValues() {
        DischargeSettings discharge = Settings.discharge();

        assertEquals(120, discharge.minimumObservationMinutes());
        assertEquals(20, discharge.bloodPressureWithinMmHgOfBaseline());
        assertEquals(20, discharge.heartRateWithinBpmOfBaseline());
        assertEquals(5, discharge.requiredMoaas());
    }

    @Test
    void aClinicOverridesEachGateSettingByItsKebabCaseName() {
        SafetyGateSettings gate = Settings.gate(Map.of(
                "kap.clinical.infusion.gate.no-solids-hours", "8",
                "kap.clinical.infusion.gate.no-clear-liquids-hours", "3",
                "kap.clinical.infusion.gate.max-systolic-mm-hg", "150",
                "kap.clinical.infusion.gate.max-diastolic-mm-hg", "95",
                "kap.clinical.infusion.gate.weight-max-age-days", "3",
                "kap.clinical.infusion.gate.breath-alcohol-max-grams-per-decilitre", "0.005"));

        assertEquals(8, gate.noSolidsHours());
        assertEquals(3, gate.noClearLiquidsHours());
        assertEquals(150, gate.maxSystolicMmHg());
        assertEquals(95, gate.maxDiastolicMmHg());
        assertEquals(3, gate.weightMaxAgeDays());
        assertEquals(new BigDecimal("0.005"), gate.breathAlcoholMaxGramsPerDecilitre());
    }

    @Test
    void aClinicOverridesEachAlertSettingByItsKebabCaseName() {
        VitalsAlertSettings alerts = Settings.alerts(Map.of(
                "kap.clinical.infusion.alerts.pause-systolic-above-mm-hg", "170",
                "kap.clinical.infusion.alerts.pause-diastolic-above-mm-hg", "105",
                "kap.clinical.infusion.alerts.stop-spo2-below-percent", "90",
                "kap.clinical.infusion.alerts.warn-spo2-below-percent", "93",
                "kap.clinical.infusion.alerts.alert-sedation-at-or-below-moaas", "3",
                "kap.clinical.infusion.alerts.alert-heart-rate-above-bpm", "120",
                "kap.clinical.infusion.alerts.alert-heart-rate-below-bpm", "50",
                "kap.clinical.infusion.alerts.stop-respiratory-rate-below-per-minute", "10",
                "kap.clinical.infusion.alerts.blood-pressure-every-minutes", "5"));

        assertEquals(170, alerts.pauseSystolicAboveMmHg());
        assertEquals(105, alerts.pauseDiastolicAboveMmHg());
        assertEquals(90, alerts.stopSpo2BelowPercent());
        assertEquals(93, alerts.warnSpo2BelowPercent());
        assertEquals(3, alerts.alertSedationAtOrBelowMoaas());
        assertEquals(120, alerts.alertHeartRateAboveBpm());
        assertEquals(50, alerts.alertHeartRateBelowBpm());
        assertEquals(10, alerts.stopRespiratoryRateBelowPerMinute());
        assertEquals(5, alerts.bloodPressureEveryMinutes());
    }

    @Test
    void aClinicOverridesEachDischargeSettingByItsKebabCaseName() {
        DischargeSettings discharge = Settings.discharge(Map.of(
                "kap.clinical.infusion.discharge.minimum-observation-minutes", "180",
                "kap.clinical.infusion.discharge.blood-pressure-within-mm-hg-of-baseline", "15",
                "kap.clinical.infusion.discharge.heart-rate-within-bpm-of-baseline", "10",
                "kap.clinical.infusion.discharge.required-moaas", "4"));

        assertEquals(180, discharge.minimumObservationMinutes());
        assertEquals(15, discharge.bloodPressureWithinMmHgOfBaseline());
        assertEquals(10, discharge.heartRateWithinBpmOfBaseline());
        assertEquals(4, discharge.requiredMoaas());
    }

    @Test
    void theDefaultsPassTheStartUpValidation() {
        assertEquals(6, Settings.validated(SafetyGateSettings.class, Map.of()).noSolidsHours());
        assertEquals(92, Settings.validated(VitalsAlertSettings.class, Map.of()).stopSpo2BelowPercent());
        assertEquals(5, Settings.validated(DischargeSettings.class, Map.of()).requiredMoaas());
    }

    @Test
    void aNegativeBreathAlcoholLimitIsRejectedAtStartUp() {
        assertThrows(ConfigValidationException.class, () -> Settings.validated(SafetyGateSettings.class,
                Map.of("kap.clinical.infusion.gate.breath-alcohol-max-grams-per-decilitre", "-0.001")));
    }

    @Test
    void anSpo2ThresholdAbove100IsRejectedAtStartUp() {
        assertThrows(ConfigValidationException.class, () -> Settings.validated(VitalsAlertSettings.class,
                Map.of("kap.clinical.infusion.alerts.warn-spo2-below-percent", "101")));
    }

    @Test
    void aSedationAlertAtOrBelowFiveWouldAlertOnEveryPatientAndIsRejected() {
        assertThrows(ConfigValidationException.class, () -> Settings.validated(VitalsAlertSettings.class,
                Map.of("kap.clinical.infusion.alerts.alert-sedation-at-or-below-moaas", "5")));
    }

    @Test
    void aRequiredMoaasAboveTheScaleIsRejectedAtStartUp() {
        assertThrows(ConfigValidationException.class, () -> Settings.validated(DischargeSettings.class,
                Map.of("kap.clinical.infusion.discharge.required-moaas", "6")));
    }

    @Test
    void aZeroFastingTimeIsRejectedAtStartUp() {
        assertThrows(ConfigValidationException.class, () -> Settings.validated(SafetyGateSettings.class,
                Map.of("kap.clinical.infusion.gate.no-solids-hours", "0")));
    }
}

package org.riverwoods.kap.infusion.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Golden cases worked by hand. Expected values are exact BigDecimal strings, so the scale counts:
 * mg with 1 decimal, mL with 2, mL/h with 1.
 */
class DoseCalculatorTest {

    static final DoseOrder KARE = DoseOrder.intravenous(decimal("0.8"), 40);
    static final DoseOrder DAKWAR_2019 = DoseOrder.intravenous(decimal("0.5"), 40);
    static final DoseOrder DAKWAR_2020 = DoseOrder.intravenousWithBolus(decimal("0.71"), 52, decimal("0.11"), 2);
    static final DoseOrder KRUPITSKY = DoseOrder.intramuscular(decimal("2.0"));
    static final BigDecimal ONE_MG_PER_ML = decimal("1");
    static final BigDecimal FIFTY_MG_PER_ML = decimal("50");

    private final DoseCalculator calculator = new DoseCalculator(Settings.defaults());

    @Test
    void kare() {
        // 0.8 mg/kg x 72.5 kg = 58.0 mg; at 1 mg/mL 58.00 mL; 58.00 mL / 40 min x 60 = 87.0 mL/h.
        DoseCalculation dose = calculator.calculate(KARE, decimal("72.5"), ONE_MG_PER_ML);

        assertEquals(Route.IV, dose.route());
        assertEquals(decimal("58.0"), dose.totalDoseMg());
        assertEquals(decimal("58.00"), dose.totalVolumeMl());
        assertNoBolus(dose);
        assertEquals(decimal("58.0"), dose.maintenanceDoseMg());
        assertEquals(decimal("58.00"), dose.maintenanceVolumeMl());
        assertEquals(40, dose.maintenanceMinutes());
        assertEquals(decimal("87.0"), dose.maintenanceRateMlPerHour());
    }

    @Test
    void dakwar2019RoundsTheDoseHalfUpAndDerivesVolumeAndRateFromTheRoundedValues() {
        // 0.5 x 81.3 = 40.65 -> 40.7 mg; 40.70 mL (not 40.65); 40.70 x 60 / 40 = 61.05 -> 61.1 mL/h
        // (the unrounded 40.65 mL would have given 60.975 -> 61.0).
        DoseCalculation dose = calculator.calculate(DAKWAR_2019, decimal("81.3"), ONE_MG_PER_ML);

        assertEquals(decimal("40.7"), dose.totalDoseMg());
        assertEquals(decimal("40.70"), dose.totalVolumeMl());
        assertNoBolus(dose);
        assertEquals(decimal("40.7"), dose.maintenanceDoseMg());
        assertEquals(decimal("40.70"), dose.maintenanceVolumeMl());
        assertEquals(40, dose.maintenanceMinutes());
        assertEquals(decimal("61.1"), dose.maintenanceRateMlPerHour());
    }

    @Test
    void dakwar2020GivesABolusThenAMaintenanceInfusion() {
        // Bolus 0.11 x 80.0 = 8.8 mg, 8.80 mL over 2 min = 264.0 mL/h.
        // Maintenance (0.71 - 0.11) x 80.0 = 48.0 mg, 48.00 mL over 52 - 2 = 50 min = 57.6 mL/h.
        // Total 8.8 + 48.0 = 56.8 mg (= 0.71 x 80.0), 56.80 mL.
        DoseCalculation dose = calculator.calculate(DAKWAR_2020, decimal("80.0"), ONE_MG_PER_ML);

        assertTrue(dose.hasBolus());
        assertEquals(decimal("8.8"), dose.bolusDoseMg());
        assertEquals(decimal("8.80"), dose.bolusVolumeMl());
        assertEquals(2, dose.bolusMinutes());
        assertEquals(decimal("264.0"), dose.bolusRateMlPerHour());
        assertEquals(decimal("48.0"), dose.maintenanceDoseMg());
        assertEquals(decimal("48.00"), dose.maintenanceVolumeMl());
        assertEquals(50, dose.maintenanceMinutes());
        assertEquals(decimal("57.6"), dose.maintenanceRateMlPerHour());
        assertEquals(decimal("56.8"), dose.totalDoseMg());
        assertEquals(decimal("56.80"), dose.totalVolumeMl());
    }

    @Test
    void dakwar2020TotalIsTheSumOfTheRoundedPartsEvenWhenThatIsAboveTheRoundedProduct() {
        // Bolus 0.11 x 65.1 = 7.161 -> 7.2 mg; maintenance 0.6 x 65.1 = 39.06 -> 39.1 mg.
        // Total given 7.2 + 39.1 = 46.3 mg, whereas 0.71 x 65.1 = 46.221 would round to 46.2.
        DoseCalculation dose = calculator.calculate(DAKWAR_2020, decimal("65.1"), ONE_MG_PER_ML);

        assertEquals(decimal("7.2"), dose.bolusDoseMg());
        assertEquals(decimal("7.20"), dose.bolusVolumeMl());
        assertEquals(decimal("216.0"), dose.bolusRateMlPerHour()); // 7.20 x 60 / 2
        assertEquals(decimal("39.1"), dose.maintenanceDoseMg());
        assertEquals(decimal("39.10"), dose.maintenanceVolumeMl());
        assertEquals(decimal("46.9"), dose.maintenanceRateMlPerHour()); // 39.10 x 60 / 50 = 46.92
        assertEquals(decimal("46.3"), dose.totalDoseMg());
        assertEquals(decimal("46.30"), dose.totalVolumeMl());
    }

    @Test
    void dakwar2020TotalIsTheSumOfTheRoundedPartsEvenWhenThatIsBelowTheRoundedProduct() {
        // Bolus 0.11 x 67.4 = 7.414 -> 7.4 mg; maintenance 0.6 x 67.4 = 40.44 -> 40.4 mg.
        // Total given 7.4 + 40.4 = 47.8 mg, whereas 0.71 x 67.4 = 47.854 would round to 47.9.
        DoseCalculation dose = calculator.calculate(DAKWAR_2020, decimal("67.4"), ONE_MG_PER_ML);

        assertEquals(decimal("7.4"), dose.bolusDoseMg());
        assertEquals(decimal("7.40"), dose.bolusVolumeMl());
        assertEquals(decimal("222.0"), dose.bolusRateMlPerHour()); // 7.40 x 60 / 2
        assertEquals(decimal("40.4"), dose.maintenanceDoseMg());
        assertEquals(decimal("40.40"), dose.maintenanceVolumeMl());
        assertEquals(decimal("48.5"), dose.maintenanceRateMlPerHour()); // 40.40 x 60 / 50 = 48.48
        assertEquals(decimal("47.8"), dose.totalDoseMg());
        assertEquals(decimal("47.80"), dose.totalVolumeMl());
    }

    @Test
    void krupitskyIsOneIntramuscularInjectionWithoutRate() {
        // 2.0 mg/kg x 70.0 kg = 140.0 mg; at 50 mg/mL 2.80 mL.
        DoseCalculation dose = calculator.calculate(KRUPITSKY, decimal("70.0"), FIFTY_MG_PER_ML);

        assertEquals(Route.IM, dose.route());
        assertEquals(decimal("140.0"), dose.totalDoseMg());
        assertEquals(decimal("2.80"), dose.totalVolumeMl());
        assertNoBolus(dose);
        assertNull(dose.maintenanceDoseMg());
        assertNull(dose.maintenanceVolumeMl());
        assertNull(dose.maintenanceMinutes());
        assertNull(dose.maintenanceRateMlPerHour());
    }

    @Test
    void volumeRoundsHalfUpToTheHundredthMl() {
        // 1.0 mg/kg x 57.8 kg = 57.8 mg; at 40 mg/mL = 1.445 mL -> 1.45 (HALF_EVEN would give 1.44).
        DoseCalculation dose = calculator.calculate(DoseOrder.intramuscular(decimal("1.0")), decimal("57.8"),
                decimal("40"));

        assertEquals(decimal("57.8"), dose.totalDoseMg());
        assertEquals(decimal("1.45"), dose.totalVolumeMl());
    }

    @Test
    void volumeBelowHalfAHundredthRoundsDown() {
        // 2.0 x 73.3 = 146.6 mg; at 50 mg/mL = 2.932 mL -> 2.93.
        DoseCalculation dose = calculator.calculate(KRUPITSKY, decimal("73.3"), FIFTY_MG_PER_ML);

        assertEquals(decimal("146.6"), dose.totalDoseMg());
        assertEquals(decimal("2.93"), dose.totalVolumeMl());
    }

    @Test
    void theWeightAndConcentrationAreRecordedAsEntered() {
        BigDecimal weightKg = decimal("72.5");
        BigDecimal concentrationMgPerMl = decimal("1.0");

        DoseCalculation dose = calculator.calculate(KARE, weightKg, concentrationMgPerMl);

        assertSame(weightKg, dose.weightKg());
        assertSame(concentrationMgPerMl, dose.concentrationMgPerMl());
    }

    @Test
    void aTotalAboveTheCapIsRefusedWithTheValuesAndTheSetting() {
        // 2.0 x 120.0 = 240.0 mg > 200 mg
        DoseRefusedException refused = assertThrows(DoseRefusedException.class,
                () -> calculator.calculate(KRUPITSKY, decimal("120.0"), FIFTY_MG_PER_ML));

        assertEquals(DoseRefusedException.Reason.TOTAL_DOSE_ABOVE_CAP, refused.reason());
        assertEquals("Total dose 240.0 mg exceeds the 200 mg cap (kap.clinical.infusion.dose.maximum-total-dose-mg); "
                + "the prescriber must amend the plan", refused.getMessage());
    }

    @Test
    void theCapIsInclusive() {
        // 2.0 x 100.0 = 200.0 mg: equal to the cap, given. 2.0 x 100.1 = 200.2 mg: refused.
        DoseCalculation atCap = calculator.calculate(KRUPITSKY, decimal("100.0"), FIFTY_MG_PER_ML);
        assertEquals(decimal("200.0"), atCap.totalDoseMg());
        assertEquals(decimal("4.00"), atCap.totalVolumeMl());

        DoseRefusedException refused = assertThrows(DoseRefusedException.class,
                () -> calculator.calculate(KRUPITSKY, decimal("100.1"), FIFTY_MG_PER_ML));
        assertEquals(DoseRefusedException.Reason.TOTAL_DOSE_ABOVE_CAP, refused.reason());
        assertEquals("Total dose 200.2 mg exceeds the 200 mg cap (kap.clinical.infusion.dose.maximum-total-dose-mg); "
                + "the prescriber must amend the plan", refused.getMessage());
    }

    @Test
    void theCapIsComparedWithTheTotalGivenAfterRounding() {
        // 2.0 x 100.02 kg = 200.04 mg, given as 200.0 mg: within the cap.
        assertEquals(decimal("200.0"), calculator.calculate(KRUPITSKY, decimal("100.02"), FIFTY_MG_PER_ML)
                .totalDoseMg());
        // Dakwar 2020 at 65.1 kg gives 46.3 mg (sum of rounded parts) although 0.71 x 65.1 rounds to 46.2:
        // a clinic cap of 46.2 mg refuses it.
        DoseCalculator capped = new DoseCalculator(Settings.clinic(Map.of(DoseSettings.MAXIMUM_TOTAL_DOSE_MG, "46.2")));
        DoseRefusedException refused = assertThrows(DoseRefusedException.class,
                () -> capped.calculate(DAKWAR_2020, decimal("65.1"), ONE_MG_PER_ML));
        assertEquals("Total dose 46.3 mg exceeds the 46.2 mg cap (kap.clinical.infusion.dose.maximum-total-dose-mg); "
                + "the prescriber must amend the plan", refused.getMessage());
    }

    @Test
    void aClinicThatLowersTheCapRefusesADoseTheDefaultAllows() {
        // 2.0 x 80.0 = 160.0 mg: given under the default 200 mg, refused under a clinic cap of 150 mg.
        assertEquals(decimal("160.0"), calculator.calculate(KRUPITSKY, decimal("80.0"), FIFTY_MG_PER_ML).totalDoseMg());

        DoseCalculator clinic = new DoseCalculator(Settings.clinic(Map.of(DoseSettings.MAXIMUM_TOTAL_DOSE_MG, "150")));
        DoseRefusedException refused = assertThrows(DoseRefusedException.class,
                () -> clinic.calculate(KRUPITSKY, decimal("80.0"), FIFTY_MG_PER_ML));
        assertEquals("Total dose 160.0 mg exceeds the 150 mg cap (kap.clinical.infusion.dose.maximum-total-dose-mg); "
                + "the prescriber must amend the plan", refused.getMessage());
    }

    @Test
    void aClinicThatRaisesTheCapAllowsADoseTheDefaultRefuses() {
        // 2.0 x 120.0 = 240.0 mg: refused under the default, given under a clinic cap of 250 mg.
        assertThrows(DoseRefusedException.class,
                () -> calculator.calculate(KRUPITSKY, decimal("120.0"), FIFTY_MG_PER_ML));

        DoseCalculator clinic = new DoseCalculator(Settings.clinic(Map.of(DoseSettings.MAXIMUM_TOTAL_DOSE_MG, "250")));
        DoseCalculation dose = clinic.calculate(KRUPITSKY, decimal("120.0"), FIFTY_MG_PER_ML);
        assertEquals(decimal("240.0"), dose.totalDoseMg());
        assertEquals(decimal("4.80"), dose.totalVolumeMl());
    }

    @Test
    void weightLimitsAreInclusive() {
        // 0.5 x 30.0 = 15.0 mg, 15.00 mL, 22.5 mL/h; 0.5 x 300.0 = 150.0 mg, 150.00 mL, 225.0 mL/h.
        DoseCalculation lightest = calculator.calculate(DAKWAR_2019, decimal("30.0"), ONE_MG_PER_ML);
        assertEquals(decimal("15.0"), lightest.totalDoseMg());
        assertEquals(decimal("22.5"), lightest.maintenanceRateMlPerHour());

        DoseCalculation heaviest = calculator.calculate(DAKWAR_2019, decimal("300.0"), ONE_MG_PER_ML);
        assertEquals(decimal("150.0"), heaviest.totalDoseMg());
        assertEquals(decimal("150.00"), heaviest.totalVolumeMl());
        assertEquals(decimal("225.0"), heaviest.maintenanceRateMlPerHour());
    }

    @Test
    void concentrationLimitsAreInclusive() {
        // 0.5 x 30.0 = 15.0 mg. At 0.1 mg/mL: 150.00 mL, 150.00 x 60 / 40 = 225.0 mL/h.
        DoseCalculation weakest = calculator.calculate(DAKWAR_2019, decimal("30.0"), decimal("0.1"));
        assertEquals(decimal("150.00"), weakest.totalVolumeMl());
        assertEquals(decimal("225.0"), weakest.maintenanceRateMlPerHour());
        // At 100 mg/mL: 0.15 mL, 0.15 x 60 / 40 = 0.225 -> 0.2 mL/h.
        DoseCalculation strongest = calculator.calculate(DAKWAR_2019, decimal("30.0"), decimal("100"));
        assertEquals(decimal("0.15"), strongest.totalVolumeMl());
        assertEquals(decimal("0.2"), strongest.maintenanceRateMlPerHour());
    }

    @Test
    void aClinicCanWidenThePlausibleWeight() {
        assertThrows(DoseRefusedException.class, () -> calculator.calculate(KARE, decimal("25.0"), ONE_MG_PER_ML));

        DoseCalculator clinic = new DoseCalculator(Settings.clinic(Map.of(DoseSettings.MINIMUM_WEIGHT_KG, "20")));
        assertEquals(decimal("20.0"), clinic.calculate(KARE, decimal("25.0"), ONE_MG_PER_ML).totalDoseMg());
    }

    private static void assertNoBolus(DoseCalculation dose) {
        assertFalse(dose.hasBolus());
        assertNull(dose.bolusDoseMg());
        assertNull(dose.bolusVolumeMl());
        assertNull(dose.bolusMinutes());
        assertNull(dose.bolusRateMlPerHour());
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}

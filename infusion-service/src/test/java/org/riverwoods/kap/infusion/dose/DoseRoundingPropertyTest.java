package org.riverwoods.kap.infusion.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.infusion.dose.DoseCalculatorTest.DAKWAR_2020;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Dakwar 2020 order (0.11 mg/kg bolus + 0.6 mg/kg maintenance = 0.71 mg/kg) at every weight
 * from 30.0 to 300.0 kg in 0.1 kg steps: the parts always add up to the total, and rounding never
 * moves the total further than 0.1 mg from the exact dose.
 */
class DoseRoundingPropertyTest {

    private static final BigDecimal BOLUS_MG_PER_KG = new BigDecimal("0.11");
    private static final BigDecimal MAINTENANCE_MG_PER_KG = new BigDecimal("0.60");
    private static final BigDecimal TOTAL_MG_PER_KG = new BigDecimal("0.71");
    private static final BigDecimal HALF_A_TENTH_MG = new BigDecimal("0.05");
    private static final BigDecimal A_TENTH_MG = new BigDecimal("0.1");

    // The cap is not under test here: raised so that every weight is calculated.
    private final DoseCalculator calculator = new DoseCalculator(
            Settings.clinic(Map.of(DoseSettings.MAXIMUM_TOTAL_DOSE_MG, "1000")));

    @ParameterizedTest(name = "at {0} mg/mL")
    @ValueSource(strings = { "1", "10", "50" })
    void thePartsAlwaysAddUpToTheTotal(String concentration) {
        BigDecimal concentrationMgPerMl = new BigDecimal(concentration);
        int differsFromRoundedProduct = 0;
        for (int tenthsOfKg = 300; tenthsOfKg <= 3000; tenthsOfKg++) {
            BigDecimal weightKg = BigDecimal.valueOf(tenthsOfKg, 1);
            DoseCalculation dose = calculator.calculate(DAKWAR_2020, weightKg, concentrationMgPerMl);
            String at = weightKg + " kg";

            assertEquals(dose.totalDoseMg(), dose.bolusDoseMg().add(dose.maintenanceDoseMg()), at);
            assertEquals(dose.totalVolumeMl(), dose.bolusVolumeMl().add(dose.maintenanceVolumeMl()), at);
            assertEquals(1, dose.totalDoseMg().scale(), at);
            assertEquals(2, dose.totalVolumeMl().scale(), at);
            assertEquals(2, dose.bolusMinutes(), at);
            assertEquals(50, dose.maintenanceMinutes(), at);
            assertWithin(BOLUS_MG_PER_KG.multiply(weightKg), dose.bolusDoseMg(), HALF_A_TENTH_MG, at);
            assertWithin(MAINTENANCE_MG_PER_KG.multiply(weightKg), dose.maintenanceDoseMg(), HALF_A_TENTH_MG, at);
            assertWithin(TOTAL_MG_PER_KG.multiply(weightKg), dose.totalDoseMg(), A_TENTH_MG, at);
            // Each volume delivers its rounded dose to within half a hundredth of a mL.
            assertWithin(dose.bolusDoseMg().divide(concentrationMgPerMl, 10, RoundingMode.UNNECESSARY),
                    dose.bolusVolumeMl(), new BigDecimal("0.005"), at);
            if (dose.totalDoseMg().compareTo(TOTAL_MG_PER_KG.multiply(weightKg).setScale(1, RoundingMode.HALF_UP)) != 0) {
                differsFromRoundedProduct++;
            }
        }
        // The rule matters: summing the rounded parts often gives a different total than rounding 0.71 x kg.
        assertTrue(differsFromRoundedProduct > 0);
    }

    private static void assertWithin(BigDecimal exact, BigDecimal actual, BigDecimal tolerance, String at) {
        assertTrue(actual.subtract(exact).abs().compareTo(tolerance) <= 0,
                at + ": " + actual + " is more than " + tolerance + " from " + exact);
    }
}

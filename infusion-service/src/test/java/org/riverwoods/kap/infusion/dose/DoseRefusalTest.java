package org.riverwoods.kap.infusion.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.riverwoods.kap.infusion.dose.DoseCalculatorTest.KARE;
import static org.riverwoods.kap.infusion.dose.DoseCalculatorTest.KRUPITSKY;
import static org.riverwoods.kap.infusion.dose.DoseCalculatorTest.decimal;
import static org.riverwoods.kap.infusion.dose.DoseRefusedException.Reason.CONCENTRATION_IMPLAUSIBLE;
import static org.riverwoods.kap.infusion.dose.DoseRefusedException.Reason.ORDER_INVALID;
import static org.riverwoods.kap.infusion.dose.DoseRefusedException.Reason.ROUNDS_TO_ZERO;
import static org.riverwoods.kap.infusion.dose.DoseRefusedException.Reason.WEIGHT_IMPLAUSIBLE;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way the calculation refuses, with the message staff will read. */
class DoseRefusalTest {

    private static final BigDecimal WEIGHT_KG = decimal("70.0");
    private static final BigDecimal ONE_MG_PER_ML = decimal("1");
    private static final String AMEND = "; the prescriber must amend the plan";

    private final DoseCalculator calculator = new DoseCalculator(Settings.defaults());

    static Stream<Arguments> invalidOrders() {
        return Stream.of(
                refused("no order", null,
                        "There is no dose order" + AMEND),
                refused("no route", new DoseOrder(null, decimal("0.8"), 40, null, null),
                        "The dose order has no route (IV or IM)" + AMEND),
                refused("no dose", new DoseOrder(Route.IV, null, 40, null, null),
                        "Dose (mg/kg) is missing" + AMEND),
                refused("zero dose", DoseOrder.intravenous(decimal("0"), 40),
                        "Dose 0 mg/kg is not positive" + AMEND),
                refused("negative dose", DoseOrder.intramuscular(decimal("-2.0")),
                        "Dose -2.0 mg/kg is not positive" + AMEND),
                refused("IV without infusion minutes", new DoseOrder(Route.IV, decimal("0.8"), null, null, null),
                        "An IV order needs its infusion minutes" + AMEND),
                refused("IV with zero minutes", DoseOrder.intravenous(decimal("0.8"), 0),
                        "Infusion minutes 0 is not positive" + AMEND),
                refused("IV with negative minutes", DoseOrder.intravenous(decimal("0.8"), -40),
                        "Infusion minutes -40 is not positive" + AMEND),
                refused("bolus without minutes", new DoseOrder(Route.IV, decimal("0.71"), 52, decimal("0.11"), null),
                        "A bolus needs both its dose and its minutes (the order has bolus dose 0.11 mg/kg, "
                                + "bolus minutes none)" + AMEND),
                refused("bolus minutes without dose", new DoseOrder(Route.IV, decimal("0.71"), 52, null, 2),
                        "A bolus needs both its dose and its minutes (the order has bolus dose none, "
                                + "bolus minutes 2)" + AMEND),
                refused("zero bolus", DoseOrder.intravenousWithBolus(decimal("0.71"), 52, decimal("0.00"), 2),
                        "Bolus dose 0.00 mg/kg is not positive" + AMEND),
                refused("zero bolus minutes", DoseOrder.intravenousWithBolus(decimal("0.71"), 52, decimal("0.11"), 0),
                        "Bolus minutes 0 is not positive" + AMEND),
                refused("bolus equal to the total", DoseOrder.intravenousWithBolus(decimal("0.71"), 52, decimal("0.710"), 2),
                        "Bolus dose 0.710 mg/kg is not less than the total dose 0.71 mg/kg, which includes it" + AMEND),
                refused("bolus above the total", DoseOrder.intravenousWithBolus(decimal("0.71"), 52, decimal("0.8"), 2),
                        "Bolus dose 0.8 mg/kg is not less than the total dose 0.71 mg/kg, which includes it" + AMEND),
                refused("bolus minutes equal to the infusion", DoseOrder.intravenousWithBolus(decimal("0.71"), 52, decimal("0.11"), 52),
                        "Bolus minutes 52 are not less than the infusion minutes 52, which include them" + AMEND),
                refused("bolus minutes above the infusion", DoseOrder.intravenousWithBolus(decimal("0.71"), 52, decimal("0.11"), 60),
                        "Bolus minutes 60 are not less than the infusion minutes 52, which include them" + AMEND),
                refused("IM with infusion minutes", new DoseOrder(Route.IM, decimal("2.0"), 40, null, null),
                        "An IM order is one injection, without infusion minutes or bolus (the order has infusion "
                                + "minutes 40, bolus dose none, bolus minutes none)" + AMEND),
                refused("IM with a bolus", new DoseOrder(Route.IM, decimal("2.0"), null, decimal("0.5"), null),
                        "An IM order is one injection, without infusion minutes or bolus (the order has infusion "
                                + "minutes none, bolus dose 0.5 mg/kg, bolus minutes none)" + AMEND),
                refused("IM with bolus minutes", new DoseOrder(Route.IM, decimal("2.0"), null, null, 2),
                        "An IM order is one injection, without infusion minutes or bolus (the order has infusion "
                                + "minutes none, bolus dose none, bolus minutes 2)" + AMEND));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidOrders")
    void anInvalidOrderIsRefused(String name, DoseOrder order, String message) {
        DoseRefusedException refused = assertThrows(DoseRefusedException.class,
                () -> calculator.calculate(order, WEIGHT_KG, ONE_MG_PER_ML));

        assertEquals(ORDER_INVALID, refused.reason());
        assertEquals(message, refused.getMessage());
    }

    static Stream<Arguments> implausibleWeights() {
        return Stream.of(
                Arguments.of("29.9"), Arguments.of("300.1"), Arguments.of("7.3"), Arguments.of("725"),
                Arguments.of("0"), Arguments.of("-70.0"));
    }

    @ParameterizedTest(name = "{0} kg")
    @MethodSource("implausibleWeights")
    void aWeightOutsideThePlausibleRangeIsRefused(String weightKg) {
        DoseRefusedException refused = assertThrows(DoseRefusedException.class,
                () -> calculator.calculate(KARE, decimal(weightKg), ONE_MG_PER_ML));

        assertEquals(WEIGHT_IMPLAUSIBLE, refused.reason());
        assertEquals("Weight " + weightKg + " kg is outside the plausible 30-300 kg "
                + "(kap.clinical.infusion.dose.minimum-weight-kg, kap.clinical.infusion.dose.maximum-weight-kg); "
                + "re-check the weighing", refused.getMessage());
    }

    @Test
    void aMissingWeightIsRefused() {
        DoseRefusedException refused = assertThrows(DoseRefusedException.class,
                () -> calculator.calculate(KARE, null, ONE_MG_PER_ML));

        assertEquals(WEIGHT_IMPLAUSIBLE, refused.reason());
        assertEquals("Today's weight is missing; weigh the patient", refused.getMessage());
    }

    static Stream<Arguments> implausibleConcentrations() {
        return Stream.of(
                Arguments.of("0.09"), Arguments.of("100.1"), Arguments.of("500"), Arguments.of("0"),
                Arguments.of("-1"));
    }

    @ParameterizedTest(name = "{0} mg/mL")
    @MethodSource("implausibleConcentrations")
    void aConcentrationOutsideThePlausibleRangeIsRefused(String concentrationMgPerMl) {
        DoseRefusedException refused = assertThrows(DoseRefusedException.class,
                () -> calculator.calculate(KRUPITSKY, WEIGHT_KG, decimal(concentrationMgPerMl)));

        assertEquals(CONCENTRATION_IMPLAUSIBLE, refused.reason());
        assertEquals("Concentration " + concentrationMgPerMl + " mg/mL is outside the plausible 0.1-100 mg/mL "
                + "(kap.clinical.infusion.dose.minimum-concentration-mg-per-ml, "
                + "kap.clinical.infusion.dose.maximum-concentration-mg-per-ml); re-check the preparation",
                refused.getMessage());
    }

    @Test
    void aMissingConcentrationIsRefused() {
        DoseRefusedException refused = assertThrows(DoseRefusedException.class,
                () -> calculator.calculate(KRUPITSKY, WEIGHT_KG, null));

        assertEquals(CONCENTRATION_IMPLAUSIBLE, refused.reason());
        assertEquals("The prepared concentration is missing; enter the mg/mL of the bag or vial", refused.getMessage());
    }

    static Stream<Arguments> partsRoundingToZero() {
        return Stream.of(
                // 0.001 mg/kg x 30.0 kg = 0.03 mg -> 0.0 mg
                refused("dose 0.0 mg", DoseOrder.intramuscular(decimal("0.001")), "30.0", "1",
                        "Injection dose rounds to 0.0 mg; too small to give" + AMEND),
                // 0.01 mg/kg x 40.0 kg = 0.4 mg; at 100 mg/mL 0.004 mL -> 0.00 mL
                refused("volume 0.00 mL", DoseOrder.intramuscular(decimal("0.01")), "40.0", "100",
                        "Injection volume rounds to 0.00 mL (0.4 mg at 100 mg/mL); too small to measure: "
                                + "prepare a lower concentration"),
                // 0.01 x 100.0 = 1.0 mg; at 100 mg/mL 0.01 mL; over 40 min 0.015 mL/h -> 0.0
                refused("rate 0.0 mL/h", DoseOrder.intravenous(decimal("0.01"), 40), "100.0", "100",
                        "Infusion rate rounds to 0.0 mL/h (0.01 mL over 40 min); too slow to pump" + AMEND),
                // bolus 0.001 x 40.0 = 0.04 mg -> 0.0 mg, although the total is fine
                refused("bolus dose 0.0 mg", DoseOrder.intravenousWithBolus(decimal("0.5"), 40, decimal("0.001"), 2),
                        "40.0", "1", "Bolus dose rounds to 0.0 mg; too small to give" + AMEND));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partsRoundingToZero")
    void aPartThatRoundsToZeroIsRefused(String name, DoseOrder order, String weightKg, String concentrationMgPerMl,
            String message) {
        DoseRefusedException refused = assertThrows(DoseRefusedException.class,
                () -> calculator.calculate(order, decimal(weightKg), decimal(concentrationMgPerMl)));

        assertEquals(ROUNDS_TO_ZERO, refused.reason());
        assertEquals(message, refused.getMessage());
    }

    @ParameterizedTest(name = "order checked before weighing: {0}")
    @MethodSource("invalidOrders")
    void anInvalidOrderIsReportedEvenWithoutWeightOrConcentration(String name, DoseOrder order, String message) {
        // The prescriber's problem is named first: re-weighing would not help.
        assertEquals(message, assertThrows(DoseRefusedException.class,
                () -> calculator.calculate(order, null, null)).getMessage());
    }

    private static Arguments refused(String name, DoseOrder order, String message) {
        return Arguments.of(name, order, message);
    }

    private static Arguments refused(String name, DoseOrder order, String weightKg, String concentrationMgPerMl,
            String message) {
        return Arguments.of(name, order, weightKg, concentrationMgPerMl, message);
    }
}

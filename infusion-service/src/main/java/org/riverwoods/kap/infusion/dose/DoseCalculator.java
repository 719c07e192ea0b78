package org.riverwoods.kap.infusion.dose;

import static org.riverwoods.kap.infusion.dose.DoseRefusedException.Reason.CONCENTRATION_IMPLAUSIBLE;
import static org.riverwoods.kap.infusion.dose.DoseRefusedException.Reason.ORDER_INVALID;
import static org.riverwoods.kap.infusion.dose.DoseRefusedException.Reason.ROUNDS_TO_ZERO;
import static org.riverwoods.kap.infusion.dose.DoseRefusedException.Reason.TOTAL_DOSE_ABOVE_CAP;
import static org.riverwoods.kap.infusion.dose.DoseRefusedException.Reason.WEIGHT_IMPLAUSIBLE;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

/**
 * Turns the plan's ketamine order (mg/kg) into the day's dose, volumes and pump rates for the
 * patient's weight today and the concentration prepared. It refuses ({@link DoseRefusedException})
 * rather than guess: an order that contradicts itself, an implausible weight or concentration, a
 * total above the clinic's cap, or a part too small to measure. Rounding: {@link DoseRounding}.
 */
@Startup // mis-set limits must stop the service at start, not at the first patient's infusion
@ApplicationScoped
public class DoseCalculator {

    private static final String AMEND_PLAN = "; the prescriber must amend the plan";

    private final DoseSettings settings;

    @Inject
    public DoseCalculator(DoseSettings settings) {
        this.settings = settings;
        requireSane();
    }

    /**
     * The dose for {@code order} at {@code weightKg} (today's weighing) and
     * {@code concentrationMgPerMl} (the prepared bag or vial).
     *
     * @throws DoseRefusedException if the dose cannot be given as ordered; the infusion must not start
     */
    public DoseCalculation calculate(DoseOrder order, BigDecimal weightKg, BigDecimal concentrationMgPerMl) {
        requireValid(order);
        requirePlausibleWeight(weightKg);
        requirePlausibleConcentration(concentrationMgPerMl);
        if (order.route() == Route.IM) {
            return injection(order, weightKg, concentrationMgPerMl);
        }
        return order.hasBolus()
                ? infusionWithBolus(order, weightKg, concentrationMgPerMl)
                : infusion(order, weightKg, concentrationMgPerMl);
    }

    private DoseCalculation injection(DoseOrder order, BigDecimal weightKg, BigDecimal concentrationMgPerMl) {
        BigDecimal doseMg = DoseRounding.doseMg(order.doseMgPerKg(), weightKg);
        requireWithinCap(doseMg);
        BigDecimal volumeMl = measurable("Injection", doseMg, concentrationMgPerMl);
        return new DoseCalculation(Route.IM, weightKg, concentrationMgPerMl, doseMg, volumeMl,
                null, null, null, null, null, null, null, null);
    }

    private DoseCalculation infusion(DoseOrder order, BigDecimal weightKg, BigDecimal concentrationMgPerMl) {
        BigDecimal doseMg = DoseRounding.doseMg(order.doseMgPerKg(), weightKg);
        requireWithinCap(doseMg);
        Part infusion = part("Infusion", doseMg, order.infusionMinutes(), concentrationMgPerMl);
        return new DoseCalculation(Route.IV, weightKg, concentrationMgPerMl, doseMg, infusion.volumeMl(),
                null, null, null, null,
                doseMg, infusion.volumeMl(), infusion.minutes(), infusion.rateMlPerHour());
    }

    private DoseCalculation infusionWithBolus(DoseOrder order, BigDecimal weightKg, BigDecimal concentrationMgPerMl) {
        // Each part rounded on its own and the total is their sum, so what is given adds up.
        BigDecimal bolusDoseMg = DoseRounding.doseMg(order.bolusDoseMgPerKg(), weightKg);
        BigDecimal maintenanceDoseMg = DoseRounding.doseMg(order.doseMgPerKg().subtract(order.bolusDoseMgPerKg()), weightKg);
        BigDecimal totalDoseMg = bolusDoseMg.add(maintenanceDoseMg);
        requireWithinCap(totalDoseMg);
        Part bolus = part("Bolus", bolusDoseMg, order.bolusMinutes(), concentrationMgPerMl);
        Part maintenance = part("Maintenance", maintenanceDoseMg, order.infusionMinutes() - order.bolusMinutes(),
                concentrationMgPerMl);
        return new DoseCalculation(Route.IV, weightKg, concentrationMgPerMl, totalDoseMg,
                bolus.volumeMl().add(maintenance.volumeMl()),
                bolusDoseMg, bolus.volumeMl(), bolus.minutes(), bolus.rateMlPerHour(),
                maintenanceDoseMg, maintenance.volumeMl(), maintenance.minutes(), maintenance.rateMlPerHour());
    }

    private record Part(BigDecimal volumeMl, int minutes, BigDecimal rateMlPerHour) {
    }

    private static Part part(String name, BigDecimal doseMg, int minutes, BigDecimal concentrationMgPerMl) {
        BigDecimal volumeMl = measurable(name, doseMg, concentrationMgPerMl);
        BigDecimal rateMlPerHour = DoseRounding.rateMlPerHour(volumeMl, minutes);
        if (rateMlPerHour.signum() <= 0) {
            throw new DoseRefusedException(ROUNDS_TO_ZERO, name + " rate rounds to " + rateMlPerHour.toPlainString()
                    + " mL/h (" + volumeMl.toPlainString() + " mL over " + minutes
                    + " min); too slow to pump" + AMEND_PLAN);
        }
        return new Part(volumeMl, minutes, rateMlPerHour);
    }

    /** The volume of {@code doseMg}, refused if the dose or the volume rounds to zero. */
    private static BigDecimal measurable(String name, BigDecimal doseMg, BigDecimal concentrationMgPerMl) {
        if (doseMg.signum() <= 0) {
            throw new DoseRefusedException(ROUNDS_TO_ZERO, name + " dose rounds to " + doseMg.toPlainString()
                    + " mg; too small to give" + AMEND_PLAN);
        }
        BigDecimal volumeMl = DoseRounding.volumeMl(doseMg, concentrationMgPerMl);
        if (volumeMl.signum() <= 0) {
            throw new DoseRefusedException(ROUNDS_TO_ZERO, name + " volume rounds to " + volumeMl.toPlainString()
                    + " mL (" + doseMg.toPlainString() + " mg at " + concentrationMgPerMl.toPlainString()
                    + " mg/mL); too small to measure: prepare a lower concentration");
        }
        return volumeMl;
    }

    /** Compared with the total that will be given, after rounding; equal to the cap is accepted. */
    private void requireWithinCap(BigDecimal totalDoseMg) {
        BigDecimal capMg = settings.maximumTotalDoseMg();
        if (totalDoseMg.compareTo(capMg) > 0) {
            throw new DoseRefusedException(TOTAL_DOSE_ABOVE_CAP, "Total dose " + totalDoseMg.toPlainString()
                    + " mg exceeds the " + capMg.toPlainString() + " mg cap (" + DoseSettings.MAXIMUM_TOTAL_DOSE_MG
                    + ")" + AMEND_PLAN);
        }
    }

    private void requirePlausibleWeight(BigDecimal weightKg) {
        if (weightKg == null) {
            throw new DoseRefusedException(WEIGHT_IMPLAUSIBLE, "Today's weight is missing; weigh the patient");
        }
        if (outside(weightKg, settings.minimumWeightKg(), settings.maximumWeightKg())) {
            throw new DoseRefusedException(WEIGHT_IMPLAUSIBLE, "Weight " + weightKg.toPlainString()
                    + " kg is outside the plausible " + settings.minimumWeightKg().toPlainString() + "-"
                    + settings.maximumWeightKg().toPlainString() + " kg (" + DoseSettings.MINIMUM_WEIGHT_KG + ", "
                    + DoseSettings.MAXIMUM_WEIGHT_KG + "); re-check the weighing");
        }
    }

    private void requirePlausibleConcentration(BigDecimal concentrationMgPerMl) {
        if (concentrationMgPerMl == null) {
            throw new DoseRefusedException(CONCENTRATION_IMPLAUSIBLE,
                    "The prepared concentration is missing; enter the mg/mL of the bag or vial");
        }
        if (outside(concentrationMgPerMl, settings.minimumConcentrationMgPerMl(),
                settings.maximumConcentrationMgPerMl())) {
            throw new DoseRefusedException(CONCENTRATION_IMPLAUSIBLE, "Concentration "
                    + concentrationMgPerMl.toPlainString() + " mg/mL is outside the plausible "
                    + settings.minimumConcentrationMgPerMl().toPlainString() + "-"
                    + settings.maximumConcentrationMgPerMl().toPlainString() + " mg/mL ("
                    + DoseSettings.MINIMUM_CONCENTRATION_MG_PER_ML + ", " + DoseSettings.MAXIMUM_CONCENTRATION_MG_PER_ML
                    + "); re-check the preparation");
        }
    }

    /** Limits are inclusive. */
    private static boolean outside(BigDecimal value, BigDecimal minimum, BigDecimal maximum) {
        return value.compareTo(minimum) < 0 || value.compareTo(maximum) > 0;
    }

    private static void requireValid(DoseOrder order) {
        if (order == null) {
            throw invalid("There is no dose order");
        }
        if (order.route() == null) {
            throw invalid("The dose order has no route (IV or IM)");
        }
        requirePositive("Dose", order.doseMgPerKg());
        if (order.route() == Route.IM) {
            // One injection: an infusion time or a bolus means the plan was written for another route.
            if (order.infusionMinutes() != null || order.hasBolus()) {
                throw invalid("An IM order is one injection, without infusion minutes or bolus (the order has "
                        + "infusion minutes " + text(order.infusionMinutes(), "") + ", bolus dose "
                        + text(order.bolusDoseMgPerKg(), " mg/kg") + ", bolus minutes " + text(order.bolusMinutes(), "")
                        + ")");
            }
            return;
        }
        if (order.infusionMinutes() == null) {
            throw invalid("An IV order needs its infusion minutes");
        }
        requirePositive("Infusion minutes", order.infusionMinutes());
        if (!order.hasBolus()) {
            return;
        }
        if (order.bolusDoseMgPerKg() == null || order.bolusMinutes() == null) {
            throw invalid("A bolus needs both its dose and its minutes (the order has bolus dose "
                    + text(order.bolusDoseMgPerKg(), " mg/kg") + ", bolus minutes " + text(order.bolusMinutes(), "")
                    + ")");
        }
        requirePositive("Bolus dose", order.bolusDoseMgPerKg());
        requirePositive("Bolus minutes", order.bolusMinutes());
        // The bolus is part of the total dose and runs within the infusion time, leaving a maintenance part.
        if (order.bolusDoseMgPerKg().compareTo(order.doseMgPerKg()) >= 0) {
            throw invalid("Bolus dose " + order.bolusDoseMgPerKg().toPlainString()
                    + " mg/kg is not less than the total dose " + order.doseMgPerKg().toPlainString()
                    + " mg/kg, which includes it");
        }
        if (order.bolusMinutes() >= order.infusionMinutes()) {
            throw invalid("Bolus minutes " + order.bolusMinutes() + " are not less than the infusion minutes "
                    + order.infusionMinutes() + ", which include them");
        }
    }

    private static void requirePositive(String name, BigDecimal mgPerKg) {
        if (mgPerKg == null) {
            throw invalid(name + " (mg/kg) is missing");
        }
        if (mgPerKg.signum() <= 0) {
            throw invalid(name + " " + mgPerKg.toPlainString() + " mg/kg is not positive");
        }
    }

    private static void requirePositive(String name, int minutes) {
        if (minutes <= 0) {
            throw invalid(name + " " + minutes + " is not positive");
        }
    }

    private static DoseRefusedException invalid(String problem) {
        return new DoseRefusedException(ORDER_INVALID, problem + AMEND_PLAN);
    }

    private static String text(Object value, String unit) {
        if (value == null) {
            return "none";
        }
        return (value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString()) + unit;
    }

    /** Refuses limits that contradict each other or are not positive: they would refuse or pass every dose. */
    private void requireSane() {
        requirePositiveSetting(settings.maximumTotalDoseMg(), DoseSettings.MAXIMUM_TOTAL_DOSE_MG);
        requirePositiveSetting(settings.minimumWeightKg(), DoseSettings.MINIMUM_WEIGHT_KG);
        requirePositiveSetting(settings.minimumConcentrationMgPerMl(), DoseSettings.MINIMUM_CONCENTRATION_MG_PER_ML);
        requireBelow(settings.minimumWeightKg(), settings.maximumWeightKg(), DoseSettings.MINIMUM_WEIGHT_KG,
                DoseSettings.MAXIMUM_WEIGHT_KG);
        requireBelow(settings.minimumConcentrationMgPerMl(), settings.maximumConcentrationMgPerMl(),
                DoseSettings.MINIMUM_CONCENTRATION_MG_PER_ML, DoseSettings.MAXIMUM_CONCENTRATION_MG_PER_ML);
    }

    private static void requirePositiveSetting(BigDecimal value, String property) {
        if (value.signum() <= 0) {
            throw new IllegalStateException(property + " must be positive");
        }
    }

    private static void requireBelow(BigDecimal minimum, BigDecimal maximum, String minimumProperty,
            String maximumProperty) {
        if (minimum.compareTo(maximum) >= 0) {
            throw new IllegalStateException(minimumProperty + " must be below " + maximumProperty);
        }
    }
}

package org.riverwoods.kap.treatment.protocol;

import java.math.BigDecimal;

import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;

/** What any ketamine prescription must hang together by, in a template or an amended plan. */
public final class PrescriptionRules {

    private PrescriptionRules() {
    }

    public static void check(Route route, BigDecimal doseMgPerKg, Integer infusionMinutes, BigDecimal bolusDoseMgPerKg,
            Integer bolusMinutes, int infusionCount, int infusionIntervalDays) {
        if (route == Route.IV && infusionMinutes == null) {
            throw invalid("An IV template needs infusionMinutes");
        }
        if (route == Route.IM && (infusionMinutes != null || bolusDoseMgPerKg != null)) {
            throw invalid("An IM template has no infusion minutes and no bolus");
        }
        if ((bolusDoseMgPerKg == null) != (bolusMinutes == null)) {
            throw invalid("A bolus needs both bolusDoseMgPerKg and bolusMinutes");
        }
        if (bolusDoseMgPerKg != null && bolusDoseMgPerKg.compareTo(doseMgPerKg) >= 0) {
            throw invalid("The bolus must be a part of the total dose");
        }
        if (bolusMinutes != null && infusionMinutes != null && bolusMinutes >= infusionMinutes) {
            throw invalid("The bolus must run for less than the whole infusion");
        }
        if (infusionCount > 1 && infusionIntervalDays == 0) {
            throw invalid("Several infusions need an interval of at least one day");
        }
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, detail);
    }
}

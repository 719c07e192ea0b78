package org.riverwoods.kap.infusion.dose;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Every rounding of the dose calculation, in one place. All HALF_UP: the rule staff use by hand,
 * so a nurse's double check with a calculator gives the same figure.
 *
 * <ul>
 * <li>Dose: 0.1 mg, from the exact (unrounded) product mg/kg × kg. Where the plan has a bolus, the
 * bolus and the maintenance doses are each rounded and the total is their sum after rounding, so
 * the parts always add up to what is given; the total may therefore differ by 0.1 mg from the
 * rounded product of the total mg/kg (at most 0.1 mg from the exact dose).</li>
 * <li>Volume: 0.01 mL, from the rounded dose ÷ concentration: the volume delivers the dose that is
 * recorded. With a bolus the total volume is the sum of the rounded part volumes.</li>
 * <li>Pump rate: 0.1 mL/h, from the rounded volume ÷ minutes × 60: the pump delivers the volume
 * that is drawn up.</li>
 * </ul>
 *
 * Multiplication of BigDecimals is exact; each division states its scale, so no intermediate value
 * is rounded anywhere else (and no double is ever involved).
 */
final class DoseRounding {

    static final int MG_SCALE = 1;
    static final int ML_SCALE = 2;
    static final int ML_PER_HOUR_SCALE = 1;
    private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private DoseRounding() {
    }

    /** mg/kg × kg, rounded once to 0.1 mg. */
    static BigDecimal doseMg(BigDecimal mgPerKg, BigDecimal weightKg) {
        return mgPerKg.multiply(weightKg).setScale(MG_SCALE, ROUNDING);
    }

    /** Rounded mg ÷ mg/mL, rounded once to 0.01 mL. */
    static BigDecimal volumeMl(BigDecimal doseMg, BigDecimal concentrationMgPerMl) {
        return doseMg.divide(concentrationMgPerMl, ML_SCALE, ROUNDING);
    }

    /** Rounded mL × 60 ÷ minutes, rounded once to 0.1 mL/h (the multiplication first keeps it exact). */
    static BigDecimal rateMlPerHour(BigDecimal volumeMl, int minutes) {
        return volumeMl.multiply(MINUTES_PER_HOUR).divide(BigDecimal.valueOf(minutes), ML_PER_HOUR_SCALE, ROUNDING);
    }
}

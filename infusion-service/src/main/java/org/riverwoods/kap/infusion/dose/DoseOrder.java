package org.riverwoods.kap.infusion.dose;

import java.math.BigDecimal;

/**
 * The ketamine dose as the signed plan prescribes it, per kg of body weight. Checked by
 * {@link DoseCalculator}, which refuses an order that does not make sense rather than guess.
 *
 * @param route            IV or IM
 * @param doseMgPerKg      the total dose of the session, bolus included (e.g. 0.71 for Dakwar 2020)
 * @param infusionMinutes  IV: the whole infusion, bolus included (e.g. 52); IM: null
 * @param bolusDoseMgPerKg IV with a bolus: the bolus part of {@code doseMgPerKg} (e.g. 0.11); else null
 * @param bolusMinutes     IV with a bolus: how long the bolus runs (e.g. 2); else null
 */
public record DoseOrder(Route route, BigDecimal doseMgPerKg, Integer infusionMinutes, BigDecimal bolusDoseMgPerKg,
        Integer bolusMinutes) {

    /** An IV infusion without a bolus, e.g. KARE: 0.8 mg/kg over 40 minutes. */
    public static DoseOrder intravenous(BigDecimal doseMgPerKg, int infusionMinutes) {
        return new DoseOrder(Route.IV, doseMgPerKg, infusionMinutes, null, null);
    }

    /** An IV infusion that starts with a bolus, e.g. Dakwar 2020: 0.71 mg/kg over 52 min, 0.11 mg/kg over the first 2. */
    public static DoseOrder intravenousWithBolus(BigDecimal doseMgPerKg, int infusionMinutes,
            BigDecimal bolusDoseMgPerKg, int bolusMinutes) {
        return new DoseOrder(Route.IV, doseMgPerKg, infusionMinutes, bolusDoseMgPerKg, bolusMinutes);
    }

    /** One IM injection, e.g. Krupitsky: 2.0 mg/kg. */
    public static DoseOrder intramuscular(BigDecimal doseMgPerKg) {
        return new DoseOrder(Route.IM, doseMgPerKg, null, null, null);
    }

    public boolean hasBolus() {
        return bolusDoseMgPerKg != null || bolusMinutes != null;
    }
}

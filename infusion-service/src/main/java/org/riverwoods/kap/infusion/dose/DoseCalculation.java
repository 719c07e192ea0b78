package org.riverwoods.kap.infusion.dose;

import java.math.BigDecimal;

/**
 * The day's ketamine dose for one patient: what to prepare and how fast to run the pump. Doses are
 * mg with 1 decimal, volumes mL with 2, rates mL/h with 1 (see {@link DoseRounding}).
 *
 * <p>Which fields are filled depends on the order:
 * <ul>
 * <li>IV with a bolus: the bolus part, then the maintenance part, each with its dose, volume,
 * minutes and pump rate; {@code totalDoseMg = bolusDoseMg + maintenanceDoseMg} and
 * {@code totalVolumeMl = bolusVolumeMl + maintenanceVolumeMl} exactly.</li>
 * <li>IV without a bolus: the whole dose runs as the maintenance part (equal to the totals, over
 * the plan's infusion minutes); every bolus field is null.</li>
 * <li>IM: one injection of {@code totalVolumeMl}; every bolus and maintenance field is null
 * (no minutes, no rate).</li>
 * </ul>
 *
 * @param weightKg             today's weight, as the nurse entered it
 * @param concentrationMgPerMl the concentration prepared, as the nurse entered it
 */
public record DoseCalculation(
        Route route,
        BigDecimal weightKg,
        BigDecimal concentrationMgPerMl,
        BigDecimal totalDoseMg,
        BigDecimal totalVolumeMl,
        BigDecimal bolusDoseMg,
        BigDecimal bolusVolumeMl,
        Integer bolusMinutes,
        BigDecimal bolusRateMlPerHour,
        BigDecimal maintenanceDoseMg,
        BigDecimal maintenanceVolumeMl,
        Integer maintenanceMinutes,
        BigDecimal maintenanceRateMlPerHour) {

    public boolean hasBolus() {
        return bolusDoseMg != null;
    }
}

package org.riverwoods.kap.intake.screening;

/**
 * Where a total falls on its instrument's published scale. The names are stable codes that
 * clients and events can switch on. Each instrument uses its own subset, lowest first:
 * <ul>
 * <li>AUDIT: ZONE_I, ZONE_II, ZONE_III, ZONE_IV</li>
 * <li>AUDIT-C: NEGATIVE, POSITIVE (at the patient's sex-specific cut-off)</li>
 * <li>DAST-10: NONE, LOW, MODERATE, SUBSTANTIAL, SEVERE</li>
 * <li>PHQ-9: NONE_MINIMAL, MILD, MODERATE, MODERATELY_SEVERE, SEVERE</li>
 * <li>GAD-7: MINIMAL, MILD, MODERATE, SEVERE</li>
 * <li>PACS: NOT_BANDED (no published bands; higher means more craving)</li>
 * </ul>
 */
public enum ScreeningBand {
    ZONE_I, ZONE_II, ZONE_III, ZONE_IV,
    NEGATIVE, POSITIVE,
    NONE, MINIMAL, NONE_MINIMAL, LOW, MILD, MODERATE, SUBSTANTIAL, MODERATELY_SEVERE, SEVERE,
    NOT_BANDED
}

package org.riverwoods.kap.outcomes.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as reported: one decimal, HALF_UP. */
final class Percent {

    private Percent() {
    }

    /** part / whole x 100, or null when the whole is zero (no percentage can be given). */
    static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}

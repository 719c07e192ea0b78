package org.riverwoods.kap.outcomes.measures;

import java.math.BigDecimal;

/** The substance codes the measures treat specially, and amounts in the clinic's words. */
final class Substances {

    static final String ALCOHOL = "ALCOHOL";

    private Substances() {
    }

    static boolean isAlcohol(String substance) {
        return ALCOHOL.equals(substance);
    }

    /** "6 drinks", "1 drink", "2 uses", "0.5 drinks". */
    static String amountInWords(String substance, BigDecimal amount) {
        String unit = isAlcohol(substance) ? "drink" : "use";
        boolean one = amount.compareTo(BigDecimal.ONE) == 0;
        return amount.stripTrailingZeros().toPlainString() + " " + unit + (one ? "" : "s");
    }
}

package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** mg and mL as the ledger keeps them: exact decimals with three places, the same in hash and table. */
final class Quantities {

    static final int SCALE = 3;

    private Quantities() {
    }

    static BigDecimal mg(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal ml(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The text a hash is computed over: three places, never an exponent. */
    static String plain(BigDecimal value) {
        return value.setScale(Math.max(SCALE, value.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }
}

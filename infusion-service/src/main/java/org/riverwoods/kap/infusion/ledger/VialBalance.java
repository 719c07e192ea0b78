package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;

/**
 * What is left in a vial (or a lot): the sum of its entries, in mg and mL. Never stored on its own.
 * A movement that would take it below zero is refused before it is written.
 */
public record VialBalance(BigDecimal mg, BigDecimal ml) {

    public static final VialBalance EMPTY = new VialBalance(Quantities.mg(BigDecimal.ZERO), Quantities.ml(BigDecimal.ZERO));

    public VialBalance {
        mg = Quantities.mg(mg);
        ml = Quantities.ml(ml);
    }

    /** The balance after a movement (signed: + into, - out of); refused if it would go negative. */
    public VialBalance after(BigDecimal signedMg, BigDecimal signedMl) {
        VialBalance next = new VialBalance(mg.add(signedMg), ml.add(signedMl));
        if (next.mg.signum() < 0 || next.ml.signum() < 0) {
            throw new InsufficientStock(this, signedMg.negate(), signedMl.negate());
        }
        return next;
    }

    public VialBalance plus(VialBalance other) {
        return new VialBalance(mg.add(other.mg), ml.add(other.ml));
    }

    public boolean holds(BigDecimal wantedMg) {
        return mg.compareTo(wantedMg) >= 0;
    }

    /** A movement larger than what is there. */
    public static final class InsufficientStock extends RuntimeException {
        public InsufficientStock(VialBalance balance, BigDecimal wantedMg, BigDecimal wantedMl) {
            super("The vial holds " + balance.mg.toPlainString() + " mg (" + balance.ml.toPlainString() + " mL), less than the "
                    + wantedMg.toPlainString() + " mg (" + wantedMl.toPlainString() + " mL) asked for", null, false, false);
        }
    }
}

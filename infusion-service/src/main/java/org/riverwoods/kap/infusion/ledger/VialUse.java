package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a dose may be drawn from a vial: in date, of the lot the dose was prepared from, not an
 * opened single-dose vial nor an opened multi-dose vial past its beyond-use time, and holding
 * enough. Pure rules; the reason names what is wrong.
 */
public final class VialUse {

    private VialUse() {
    }

    public static Optional<String> refusal(String vialLot, LocalDate expiresOn, Instant openedAt, VialBalance balance,
            String sessionLot, BigDecimal doseMg, LocalDate today, Instant now, boolean multiDose,
            BigDecimal beyondUseHours) {
        if (!vialLot.equals(sessionLot)) {
            return Optional.of("The vial is of lot " + vialLot + ", not of lot " + sessionLot
                    + " that the dose was prepared from");
        }
        if (expiresOn.isBefore(today)) {
            return Optional.of("The vial expired on " + expiresOn);
        }
        if (openedAt != null && !multiDose) {
            return Optional.of("The vial was opened at " + openedAt + " and vials are single-dose here ("
                    + LedgerSettings.MULTI_DOSE_VIALS + "=false): use a new vial");
        }
        if (openedAt != null) {
            long minutes = beyondUseHours.multiply(BigDecimal.valueOf(60)).longValue();
            Instant beyondUse = openedAt.plus(Duration.ofMinutes(minutes));
            if (now.isAfter(beyondUse)) {
                return Optional.of("The vial was opened at " + openedAt + " and passed its beyond-use time at " + beyondUse
                        + " (" + LedgerSettings.OPENED_VIAL_BEYOND_USE_HOURS + ")");
            }
        }
        if (!balance.holds(doseMg)) {
            return Optional.of("The vial holds " + balance.mg().toPlainString() + " mg, less than the verified dose of "
                    + doseMg.toPlainString() + " mg");
        }
        return Optional.empty();
    }
}

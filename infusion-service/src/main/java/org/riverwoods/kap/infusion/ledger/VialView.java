package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A vial as received, with its balance from the ledger. */
@Schema(name = "Vial")
public record VialView(UUID id, String supplier, String invoiceReference, String product, String ndc,
        BigDecimal concentrationMgPerMl, BigDecimal volumeMl, String lotNumber, LocalDate expiresOn, Instant receivedAt,
        String receivedBy, String witnessedBy,
        @Schema(description = "Sum of the vial's ledger entries, mg") BigDecimal balanceMg,
        @Schema(description = "Sum of the vial's ledger entries, mL") BigDecimal balanceMl,
        @Schema(description = "First draw; null while sealed") Instant openedAt) {

    static VialView of(Vial v, VialBalance balance, Instant openedAt) {
        return new VialView(v.id, v.supplier, v.invoiceReference, v.product, v.ndc, v.concentrationMgPerMl, v.volumeMl,
                v.lotNumber, v.expiresOn, v.receivedAt, v.receivedBy, v.witnessedBy, balance.mg(), balance.ml(), openedAt);
    }
}

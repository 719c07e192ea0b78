package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stock at the end of a clinic day, per vial and per lot, from the ledger's entries up to then. */
@Schema(name = "Inventory")
public record InventoryView(LocalDate date, @Schema(description = "End of that clinic day, UTC") Instant asOf,
        List<VialStock> vials, List<LotStock> lots) {

    @Schema(name = "VialStock")
    public record VialStock(UUID vialId, String lotNumber, String ndc, String product, BigDecimal concentrationMgPerMl,
            LocalDate expiresOn, BigDecimal balanceMg, BigDecimal balanceMl) {
    }

    @Schema(name = "LotStock")
    public record LotStock(String lotNumber, int vials, BigDecimal balanceMg, BigDecimal balanceMl) {
    }

    static final String CSV_HEADER = "vial,lot,ndc,product,concentration_mg_per_ml,expires_on,balance_mg,balance_ml";

    String csv() {
        StringBuilder out = new StringBuilder(Csv.line("inventory at end of", date, "as of (UTC)", asOf));
        out.append(CSV_HEADER).append("\r\n");
        vials.forEach(v -> out.append(Csv.line(v.vialId(), v.lotNumber(), v.ndc(), v.product(),
                v.concentrationMgPerMl().toPlainString(), v.expiresOn(), v.balanceMg().toPlainString(),
                v.balanceMl().toPlainString())));
        lots.forEach(l -> out.append(Csv.line("lot total", l.lotNumber(), "", "", "", "", l.balanceMg().toPlainString(),
                l.balanceMl().toPlainString())));
        return out.toString();
    }
}

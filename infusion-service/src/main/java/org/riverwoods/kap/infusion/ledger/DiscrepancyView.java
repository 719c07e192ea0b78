package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InventoryDiscrepancy")
public record DiscrepancyView(UUID id, UUID countId, UUID vialId, String lotNumber, BigDecimal expectedMl,
        BigDecimal countedMl, @Schema(description = "counted - expected; negative when drug is missing") BigDecimal differenceMl,
        BigDecimal differenceMg, Instant foundAt, Discrepancy.Status status, String resolvedBy, Instant resolvedAt,
        String explanation, LossReportRecord lossReport, long version) {

    static DiscrepancyView of(Discrepancy d) {
        return new DiscrepancyView(d.id, d.countId, d.vialId, d.lotNumber, d.expectedMl, d.countedMl, d.differenceMl,
                d.differenceMg, d.foundAt, d.status, d.resolvedBy, d.resolvedAt, d.explanation, d.lossReport,
                d.rowVersion);
    }
}

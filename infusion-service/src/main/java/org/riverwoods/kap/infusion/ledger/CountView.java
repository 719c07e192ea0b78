package org.riverwoods.kap.infusion.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InventoryCount")
public record CountView(UUID id, Instant countedAt, LocalDate clinicDay, String shift, String countedBy, String witnessedBy,
        List<InventoryCount.Line> lines, int discrepancies, List<UUID> discrepancyIds) {

    static CountView of(InventoryCount c, List<UUID> discrepancyIds) {
        return new CountView(c.id, c.countedAt, c.clinicDay, c.shift, c.countedBy, c.witnessedBy, c.lines,
                c.discrepancies, discrepancyIds);
    }
}

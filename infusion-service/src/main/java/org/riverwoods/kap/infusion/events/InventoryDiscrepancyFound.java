package org.riverwoods.kap.infusion.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** A count differed from a vial's ledger balance by more than the clinic's tolerance. */
public record InventoryDiscrepancyFound(UUID discrepancyId, UUID countId, UUID vialId, String lotNumber, BigDecimal expectedMl,
        BigDecimal countedMl, BigDecimal differenceMl, BigDecimal differenceMg, Instant foundAt) implements DomainEvent {

    @Override
    public String topic() {
        return Topics.CONTROLLED_SUBSTANCES;
    }

    /** Keyed by vial: one vial's movements stay in order on one partition. */
    @Override
    public UUID subjectId() {
        return vialId;
    }
}

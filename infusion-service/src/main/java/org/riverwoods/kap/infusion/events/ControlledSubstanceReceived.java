package org.riverwoods.kap.infusion.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** A vial received into stock, witnessed; its RECEIPT ledger entry. */
public record ControlledSubstanceReceived(UUID entryId, UUID vialId, String product, String ndc, BigDecimal concentrationMgPerMl,
        BigDecimal volumeMl, BigDecimal quantityMg, String lotNumber, LocalDate expiresOn, Instant receivedAt) implements DomainEvent {

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

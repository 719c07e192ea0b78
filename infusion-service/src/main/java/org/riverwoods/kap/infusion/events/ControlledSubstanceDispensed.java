package org.riverwoods.kap.infusion.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** Drug drawn from a vial for an infusion session (DRAWN), or the unused part of it put back (RETURNED). No patient id: the session id only. */
public record ControlledSubstanceDispensed(UUID entryId, UUID vialId, UUID sessionId, String lotNumber, String movement,
        BigDecimal quantityMg, BigDecimal quantityMl, Instant recordedAt) implements DomainEvent {

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

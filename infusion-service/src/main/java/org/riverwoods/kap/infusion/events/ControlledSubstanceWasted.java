package org.riverwoods.kap.infusion.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** Drug destroyed in front of a second clinician: a vial's remainder (sessionId null) or the unused part of a session's dose. */
public record ControlledSubstanceWasted(UUID entryId, UUID vialId, UUID sessionId, String lotNumber, BigDecimal quantityMg,
        BigDecimal quantityMl, Instant wastedAt) implements DomainEvent {

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

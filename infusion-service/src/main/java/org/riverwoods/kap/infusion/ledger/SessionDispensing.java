package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a session's dose became: drawn, given, and the rest returned or wasted. */
@Schema(name = "SessionDispensing")
public record SessionDispensing(UUID sessionId, BigDecimal drawnMg, BigDecimal givenMg, BigDecimal unusedMg,
        String disposition, EntryView entry) {
}

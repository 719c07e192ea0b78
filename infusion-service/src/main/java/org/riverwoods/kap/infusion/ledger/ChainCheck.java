package org.riverwoods.kap.infusion.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of walking the whole chain. */
@Schema(name = "LedgerChainCheck")
public record ChainCheck(
        @Schema(description = "Every entry names its predecessor's hash and matches its own") boolean intact,
        long entriesChecked,
        @Schema(description = "Number of the first entry that breaks the chain; null when intact") Long firstBrokenEntry,
        @Schema(description = "Why it breaks there; null when intact") String finding) {
}

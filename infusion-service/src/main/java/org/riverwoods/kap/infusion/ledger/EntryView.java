package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One ledger line as reports show it (no patient id: the session id leads to the patient for those allowed). */
@Schema(name = "LedgerEntry")
public record EntryView(long sequenceNumber, UUID id, EntryKind kind, UUID vialId, String lotNumber, UUID sessionId,
        @Schema(description = "Signed: + into the vial, - out of it") BigDecimal quantityMg, BigDecimal quantityMl,
        Instant recordedAt, String recordedBy, String witnessedBy, String reason, UUID correctsEntryId,
        String previousHash, String hash) {

    static EntryView of(LedgerEntry e) {
        return new EntryView(e.sequenceNumber, e.id, e.kind, e.vialId, e.lotNumber, e.sessionId, e.quantityMg,
                e.quantityMl, e.recordedAt, e.recordedBy, e.witnessedBy, e.reason, e.correctsEntryId, e.previousHash,
                e.hash);
    }

    static final String CSV_HEADER = "sequence,id,kind,vial,lot,session,quantity_mg,quantity_ml,recorded_at,recorded_by,"
            + "witnessed_by,reason,corrects_entry,previous_hash,hash";

    String csv() {
        return Csv.line(sequenceNumber, id, kind, vialId, lotNumber, sessionId, quantityMg.toPlainString(),
                quantityMl.toPlainString(), recordedAt, recordedBy, witnessedBy, reason, correctsEntryId, previousHash,
                hash);
    }

    /** Where an entry is read: the Location of every creation that writes one. */
    static java.net.URI location(jakarta.ws.rs.core.UriInfo uri, UUID entryId) {
        return uri.getBaseUriBuilder().path("api/v1/controlled-substances/ledger/entries").path(entryId.toString()).build();
    }
}

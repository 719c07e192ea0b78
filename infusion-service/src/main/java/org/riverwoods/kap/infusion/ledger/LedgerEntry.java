package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One line of the ledger. Written once (the table refuses UPDATE and DELETE); it carries the hash
 * of the entry before it, so an entry changed afterwards breaks the chain from there on.
 */
@Entity
@Table(name = "controlled_substance_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    public long sequenceNumber;
    public UUID id;
    @Enumerated(EnumType.STRING)
    public EntryKind kind;
    public UUID vialId;
    public String lotNumber;
    public UUID sessionId;
    public UUID patientId;
    /** Signed: positive into the vial, negative out of it. */
    public BigDecimal quantityMg;
    public BigDecimal quantityMl;
    public Instant recordedAt;
    public String recordedBy;
    public String witnessedBy;
    public String reason;
    public UUID correctsEntryId;
    public String previousHash;
    public String hash;

    /** Everything the hash covers, in a fixed order (the receipt's details for a RECEIPT). */
    String canonical(String receipt) {
        return String.join("|", Long.toString(sequenceNumber), id.toString(), kind.name(), vialId.toString(), lotNumber,
                Objects.toString(sessionId, ""), Objects.toString(patientId, ""), Quantities.plain(quantityMg),
                Quantities.plain(quantityMl), recordedAt.toString(), recordedBy, Objects.toString(witnessedBy, ""),
                Objects.toString(reason, ""), Objects.toString(correctsEntryId, ""), previousHash,
                receipt == null ? "" : receipt);
    }
}

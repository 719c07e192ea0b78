package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.security.Caller;

/**
 * Appends to the one chain of the clinic's ledger. Every writer takes the same transaction-scoped
 * lock first, so two draws at once are written one after the other: the second sees the first's
 * balance (no overdraw) and names the first's hash (no fork; the table refuses a fork as well).
 */
@ApplicationScoped
public class Ledger {

    /** Any fixed number, the same for every writer of this database. */
    static final long LEDGER_LOCK = 0x4B45_5441_4D49_4E45L;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** Serialises every ledger write of this transaction with every other one; held until commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LEDGER_LOCK).getSingleResult();
    }

    /** The vial's balance now: the sum of its entries. Call under {@link #lock()} before a movement. */
    public VialBalance balanceOf(UUID vialId) {
        Object[] sums = (Object[]) em.createNativeQuery("select coalesce(sum(quantity_mg), 0), coalesce(sum(quantity_ml), 0) "
                + "from controlled_substance_entry where vial_id = ?1").setParameter(1, vialId).getSingleResult();
        return new VialBalance((BigDecimal) sums[0], (BigDecimal) sums[1]);
    }

    /** The vial's balance at the end of an instant (for the inventory on a past date). */
    public VialBalance balanceOf(UUID vialId, Instant asOf) {
        Object[] sums = (Object[]) em.createNativeQuery("select coalesce(sum(quantity_mg), 0), coalesce(sum(quantity_ml), 0) "
                + "from controlled_substance_entry where vial_id = ?1 and recorded_at < ?2").setParameter(1, vialId)
                .setParameter(2, asOf).getSingleResult();
        return new VialBalance((BigDecimal) sums[0], (BigDecimal) sums[1]);
    }

    /** When the vial was first drawn from (opened); null while sealed. */
    public Instant openedAt(UUID vialId) {
        return em.createQuery("select min(e.recordedAt) from LedgerEntry e where e.vialId = ?1 and e.kind = ?2",
                Instant.class).setParameter(1, vialId).setParameter(2, EntryKind.DRAW).getSingleResult();
    }

    /** What one new entry says; the ledger adds who, when, its number and its hashes. */
    public record Movement(EntryKind kind, Vial vial, BigDecimal signedMg, BigDecimal signedMl, UUID sessionId,
            UUID patientId, String witnessedBy, String reason, UUID correctsEntryId) {
    }

    /**
     * Writes one entry after checking that the vial does not go below zero. The caller holds the
     * lock. A movement that takes all of the mg takes all of the mL too, so rounding never leaves
     * a vial with drug and no volume, or the other way round.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LedgerEntry append(Movement m) {
        VialBalance before = balanceOf(m.vial().id);
        BigDecimal mg = Quantities.mg(m.signedMg());
        BigDecimal ml = Quantities.ml(m.signedMl());
        if (mg.negate().compareTo(before.mg()) == 0 && mg.signum() < 0) {
            ml = before.ml().negate();
        }
        try {
            before.after(mg, ml);
        } catch (VialBalance.InsufficientStock e) {
            // callers check what they can name a field for first; this is the last guard, never a 500
            throw new ProblemException(ProblemType.CONFLICT, "The ledger would go below zero for this vial: " + e.getMessage());
        }
        LedgerEntry last = LedgerEntry.find("order by sequenceNumber desc").firstResult();
        LedgerEntry entry = new LedgerEntry();
        entry.sequenceNumber = last == null ? 1 : last.sequenceNumber + 1;
        entry.id = UUID.randomUUID();
        entry.kind = m.kind();
        entry.vialId = m.vial().id;
        entry.lotNumber = m.vial().lotNumber;
        entry.sessionId = m.sessionId();
        entry.patientId = m.patientId();
        entry.quantityMg = mg;
        entry.quantityMl = ml;
        entry.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // as the table keeps it
        entry.recordedBy = caller.subject();
        entry.witnessedBy = m.witnessedBy();
        entry.reason = m.reason();
        entry.correctsEntryId = m.correctsEntryId();
        LedgerChain.seal(entry, last == null ? LedgerChain.GENESIS : last.hash,
                m.kind() == EntryKind.RECEIPT ? m.vial().canonical() : null);
        entry.persist();
        em.flush();
        return entry;
    }

    /** Walks every entry in order and checks each link. */
    @Transactional
    public ChainCheck verify() {
        LedgerChain.Walk walk = new LedgerChain.Walk(e -> {
            if (e.kind != EntryKind.RECEIPT) {
                return null;
            }
            Vial vial = Vial.findById(e.vialId);
            return vial == null ? "" : vial.canonical();
        });
        try (var entries = LedgerEntry.<LedgerEntry>find("order by sequenceNumber").stream()) {
            entries.forEach(e -> {
                walk.next(e);
                em.detach(e);
            });
        }
        audit.record(AuditAction.READ, LedgerReports.RESOURCE, null, "hash chain");
        return walk.result();
    }
}

package org.riverwoods.kap.infusion.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The ledger's pure rules: balances from entries, never negative; the hash chain; when a vial may be drawn from. */
class LedgerRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Instant NOW = Instant.parse("2026-12-04T17:00:00Z");
    private static final BigDecimal BUD_HOURS = new BigDecimal("672");

    @Test
    void aBalanceIsTheSumOfItsMovementsAndNeverGoesBelowZero() {
        VialBalance b = VialBalance.EMPTY.after(new BigDecimal("100"), new BigDecimal("10"))
                .after(new BigDecimal("-58"), new BigDecimal("-5.8"));
        assertEquals(new BigDecimal("42.000"), b.mg());
        assertEquals(new BigDecimal("4.200"), b.ml());
        VialBalance empty = b.after(new BigDecimal("-42"), new BigDecimal("-4.2"));
        assertEquals(0, empty.mg().signum());
        assertThrows(VialBalance.InsufficientStock.class, () -> b.after(new BigDecimal("-42.001"), new BigDecimal("-4.2")));
        assertThrows(VialBalance.InsufficientStock.class, () -> b.after(new BigDecimal("-1"), new BigDecimal("-4.3")));
        assertEquals(new BigDecimal("84.000"), b.plus(b).mg(), "a lot's balance is the sum of its vials'");
    }

    @Test
    void eachEntryCarriesTheHashOfTheOneBeforeAndAnyEditBreaksTheChainThere() {
        List<LedgerEntry> chain = chainOf(4);
        assertTrue(walk(chain).intact());
        assertEquals(LedgerChain.GENESIS, chain.get(0).previousHash);
        assertEquals(chain.get(1).hash, chain.get(2).previousHash);
        assertEquals(64, chain.get(3).hash.length());

        chain.get(2).quantityMg = new BigDecimal("-57.000"); // edited after it was written
        ChainCheck edited = walk(chain);
        assertFalse(edited.intact());
        assertEquals(3L, edited.firstBrokenEntry());
        assertEquals(4, edited.entriesChecked());
    }

    @Test
    void aMissingOrReorderedEntryBreaksTheChain() {
        List<LedgerEntry> chain = chainOf(4);
        chain.remove(1);
        assertEquals(3L, walk(chain).firstBrokenEntry(), "entry 2 deleted: entry 3 no longer follows entry 1");

        List<LedgerEntry> forked = chainOf(3);
        LedgerEntry other = entry(3, -10);
        LedgerChain.seal(other, forked.get(0).hash, null); // names entry 1 again: a fork
        forked.set(2, other);
        assertEquals(3L, walk(forked).firstBrokenEntry());
    }

    @Test
    void anEditedReceiptBreaksTheChainAsWell() {
        List<LedgerEntry> chain = chainOf(2);
        String receipt = "vial|supplier|INV-1|10.000|10.000";
        LedgerChain.seal(chain.get(0), LedgerChain.GENESIS, receipt);
        LedgerChain.seal(chain.get(1), chain.get(0).hash, null);
        assertTrue(new WalkOver(chain, receipt).check().intact());
        assertFalse(new WalkOver(chain, "vial|supplier|INV-1|10.000|20.000").check().intact());
    }

    @Test
    void aVialIsDrawnFromOnlyInDateOfTheLotUnopenedOrWithinItsBeyondUseTimeAndHoldingEnough() {
        VialBalance full = new VialBalance(new BigDecimal("100"), new BigDecimal("10"));
        BigDecimal dose = new BigDecimal("58");
        assertTrue(VialUse.refusal("L1", TODAY, null, full, "L1", dose, TODAY, NOW, false, BUD_HOURS).isEmpty(),
                "usable through its expiry day");
        assertTrue(VialUse.refusal("L1", TODAY.minusDays(1), null, full, "L1", dose, TODAY, NOW, false, BUD_HOURS).get()
                .contains("expired"));
        assertTrue(VialUse.refusal("L2", TODAY, null, full, "L1", dose, TODAY, NOW, false, BUD_HOURS).get().contains("lot"));
        assertTrue(VialUse.refusal("L1", TODAY, null, new VialBalance(new BigDecimal("57.999"), new BigDecimal("5.8")), "L1",
                dose, TODAY, NOW, false, BUD_HOURS).get().contains("less than"));
        assertTrue(VialUse.refusal("L1", TODAY, null, new VialBalance(dose, new BigDecimal("5.8")), "L1", dose, TODAY, NOW,
                false, BUD_HOURS).isEmpty(), "exactly enough is enough");
        Instant opened = NOW.minusSeconds(3600);
        assertTrue(VialUse.refusal("L1", TODAY, opened, full, "L1", dose, TODAY, NOW, false, BUD_HOURS).get()
                .contains("single-dose"));
        assertTrue(VialUse.refusal("L1", TODAY, opened, full, "L1", dose, TODAY, NOW, true, BUD_HOURS).isEmpty());
        assertTrue(VialUse.refusal("L1", TODAY, opened, full, "L1", dose, TODAY, NOW, true, new BigDecimal("0.5")).get()
                .contains("beyond-use"));
    }

    private record WalkOver(List<LedgerEntry> chain, String receipt) {
        ChainCheck check() {
            LedgerChain.Walk walk = new LedgerChain.Walk(e -> e.kind == EntryKind.RECEIPT ? receipt : null);
            chain.forEach(walk::next);
            return walk.result();
        }
    }

    private static ChainCheck walk(List<LedgerEntry> chain) {
        LedgerChain.Walk walk = new LedgerChain.Walk(e -> null);
        chain.forEach(walk::next);
        return walk.result();
    }

    private static List<LedgerEntry> chainOf(int n) {
        List<LedgerEntry> chain = new ArrayList<>();
        String previous = LedgerChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            LedgerEntry e = entry(i, i == 1 ? 100 : -10);
            LedgerChain.seal(e, previous, null);
            previous = e.hash;
            chain.add(e);
        }
        return chain;
    }

    private static LedgerEntry entry(long sequence, int mg) {
        LedgerEntry e = new LedgerEntry();
        e.sequenceNumber = sequence;
        e.id = UUID.nameUUIDFromBytes(("entry-" + sequence + mg).getBytes());
        e.kind = sequence == 1 ? EntryKind.RECEIPT : EntryKind.DRAW;
        e.vialId = UUID.nameUUIDFromBytes("vial".getBytes());
        e.lotNumber = "L1";
        e.quantityMg = new BigDecimal(mg).setScale(3);
        e.quantityMl = new BigDecimal(mg).movePointLeft(1).setScale(3);
        e.recordedAt = NOW.plusSeconds(sequence);
        e.recordedBy = "nurse-1";
        return e;
    }
}

package org.riverwoods.kap.infusion.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * The hash chain of the ledger: each entry's SHA-256 covers its own fields and the hash of the
 * entry before it; the first entry follows {@link #GENESIS}. Pure rules, no database.
 */
public final class LedgerChain {

    public static final String GENESIS = "0".repeat(64);

    private LedgerChain() {
    }

    /** Seals an entry: names its predecessor and computes its own hash. */
    static void seal(LedgerEntry entry, String previousHash, String receipt) {
        entry.previousHash = previousHash;
        entry.hash = hashOf(entry, receipt);
    }

    static String hashOf(LedgerEntry entry, String receipt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(entry.canonical(receipt).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Walks the chain from one entry to the next; remembers where it first broke. */
    static final class Walk {
        private final Function<LedgerEntry, String> receiptOf;
        private String expectedPrevious = GENESIS;
        private long expectedSequence = 1;
        private long checked;
        private Long brokenAt;
        private String why;

        Walk(Function<LedgerEntry, String> receiptOf) {
            this.receiptOf = receiptOf;
        }

        void next(LedgerEntry entry) {
            checked++;
            if (brokenAt != null) {
                return;
            }
            if (entry.sequenceNumber != expectedSequence) {
                broken(entry, "an entry before it is missing (expected number " + expectedSequence + ")");
            } else if (!entry.previousHash.equals(expectedPrevious)) {
                broken(entry, "it does not name the hash of the entry before it");
            } else if (!entry.hash.equals(hashOf(entry, receiptOf.apply(entry)))) {
                broken(entry, "its contents no longer match its hash (changed after it was written)");
            }
            expectedPrevious = entry.hash;
            expectedSequence = entry.sequenceNumber + 1;
        }

        private void broken(LedgerEntry entry, String reason) {
            brokenAt = entry.sequenceNumber;
            why = "Entry " + entry.sequenceNumber + ": " + reason;
        }

        ChainCheck result() {
            return new ChainCheck(brokenAt == null, checked, brokenAt, why);
        }
    }
}

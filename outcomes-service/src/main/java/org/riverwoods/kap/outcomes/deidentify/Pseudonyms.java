package org.riverwoods.kap.outcomes.deidentify;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The name a patient goes by on analytics topics: "p_" and 128 random bits in hex.
 *
 * <p>Drawn at random, never derived from an identifier: a hash of a patient id (or of a name,
 * an MRN, ...) can be reversed by anyone who hashes every candidate id and compares, and the
 * platform's ids travel on the clinical topics. A salted or keyed hash would hold only while its
 * key stays secret; a random draw holds nothing to leak. The link from patient to pseudonym
 * therefore has to be stored, and stays inside outcomes-service.
 */
public final class Pseudonyms {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private Pseudonyms() {
    }

    public static String newPseudonym() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return "p_" + HEX.formatHex(bits);
    }
}

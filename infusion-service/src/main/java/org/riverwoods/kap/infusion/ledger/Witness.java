package org.riverwoods.kap.infusion.ledger;

import org.riverwoods.kap.kit.problem.ProblemException;

/** A controlled-substance record signed by two people: the witness is never the one recording it. */
final class Witness {

    private Witness() {
    }

    static void requireOther(String recordedBy, String witnessedBy, String field, String what) {
        if (witnessedBy == null || witnessedBy.isBlank()) {
            throw ProblemException.invalidField(field, "is required: a " + what + " needs a second person as witness");
        }
        if (witnessedBy.trim().equalsIgnoreCase(recordedBy)) {
            throw ProblemException.invalidField(field,
                    "must name a second, different person: the one recording the " + what + " cannot witness it");
        }
    }
}

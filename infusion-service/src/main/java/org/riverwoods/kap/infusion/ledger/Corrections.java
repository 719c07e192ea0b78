package org.riverwoods.kap.infusion.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.security.Caller;

/** A mistake in the ledger is put right by a new, witnessed entry naming the one it corrects; nothing is edited. */
@ApplicationScoped
public class Corrections {

    static final String RESOURCE = "ControlledSubstanceCorrection";

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public EntryView correct(LedgerRequests.Correction request) {
        Witness.requireOther(caller.subject(), request.witnessedBy(), "witnessedBy", "correction");
        if (request.quantityMg().signum() == 0) {
            throw ProblemException.invalidField("quantityMg", "must not be zero: a correction changes a quantity");
        }
        LedgerEntry corrected = LedgerEntry.find("id", request.correctsEntryId()).firstResult();
        if (corrected == null) {
            throw ProblemException.invalidField("correctsEntryId", "must name an entry of the ledger");
        }
        Vial vial = Vials.find(corrected.vialId);
        ledger.lock();
        if (!ledger.balanceOf(vial.id).holds(request.quantityMg().negate())) {
            throw ProblemException.invalidField("quantityMg", "must not take the vial below zero");
        }
        LedgerEntry entry = ledger.append(new Ledger.Movement(EntryKind.CORRECTION, vial, request.quantityMg(),
                vial.mlFor(request.quantityMg()), corrected.sessionId, corrected.patientId,
                request.witnessedBy().trim(), request.reason().trim(), corrected.id));
        audit.record(AuditAction.CREATE, RESOURCE, corrected.patientId, entry.id);
        return EntryView.of(entry);
    }
}

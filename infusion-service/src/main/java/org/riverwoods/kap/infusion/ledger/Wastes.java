package org.riverwoods.kap.infusion.ledger;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.infusion.events.ControlledSubstanceWasted;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.security.Caller;

/**
 * What is left in a vial after a draw: wasted in front of a second clinician (single-dose vials,
 * or a multi-dose vial past its beyond-use time), or kept in stock where the clinic uses
 * multi-dose vials.
 */
@ApplicationScoped
public class Wastes {

    static final String RESOURCE = "ControlledSubstanceWaste";

    @Inject
    Ledger ledger;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public EntryView waste(UUID vialId, LedgerRequests.Waste request) {
        Witness.requireOther(caller.subject(), request.witnessedBy(), "witnessedBy", "waste");
        Vial vial = Vials.find(vialId);
        ledger.lock();
        VialBalance balance = ledger.balanceOf(vial.id);
        if (request.volumeMl().compareTo(balance.ml()) > 0) {
            throw ProblemException.invalidField("volumeMl", "must not exceed what the vial holds by the ledger");
        }
        boolean all = request.volumeMl().compareTo(balance.ml()) == 0;
        LedgerEntry entry = ledger.append(new Ledger.Movement(EntryKind.WASTE, vial,
                (all ? balance.mg() : vial.mgIn(request.volumeMl())).negate(), request.volumeMl().negate(), null, null,
                request.witnessedBy().trim(), request.reason() == null || request.reason().isBlank()
                        ? "Remainder of the vial" : request.reason().trim(), null));
        outbox.append(new ControlledSubstanceWasted(entry.id, vial.id, null, vial.lotNumber, entry.quantityMg.negate(),
                entry.quantityMl.negate(), entry.recordedAt));
        audit.record(AuditAction.CREATE, RESOURCE, null, entry.id);
        return EntryView.of(entry);
    }
}

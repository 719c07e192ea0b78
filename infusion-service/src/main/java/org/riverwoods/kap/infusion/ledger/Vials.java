package org.riverwoods.kap.infusion.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.infusion.events.ControlledSubstanceReceived;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Caller;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Receipts of vials into stock, and what each vial holds. */
@ApplicationScoped
public class Vials {

    static final String RESOURCE = "ControlledSubstanceVial";

    @Inject
    Ledger ledger;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public VialView receive(LedgerRequests.Receipt r) {
        Witness.requireOther(caller.subject(), r.witnessedBy(), "witnessedBy", "receipt");
        Vial v = new Vial();
        v.id = UUID.randomUUID();
        v.supplier = r.supplier().trim();
        v.invoiceReference = r.invoiceReference().trim();
        v.product = r.product().trim();
        v.ndc = r.ndc();
        v.concentrationMgPerMl = r.concentrationMgPerMl();
        v.volumeMl = r.volumeMl();
        v.lotNumber = r.lotNumber().trim();
        v.expiresOn = r.expiresOn();
        v.receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        v.receivedBy = caller.subject();
        v.witnessedBy = r.witnessedBy().trim();
        ledger.lock();
        v.persist();
        LedgerEntry entry = ledger.append(new Ledger.Movement(EntryKind.RECEIPT, v, v.contentMg(),
                Quantities.ml(v.volumeMl), null, null, v.witnessedBy, "Received", null));
        outbox.append(new ControlledSubstanceReceived(entry.id, v.id, v.product, v.ndc, v.concentrationMgPerMl,
                v.volumeMl, entry.quantityMg, v.lotNumber, v.expiresOn, v.receivedAt));
        audit.record(AuditAction.CREATE, RESOURCE, null, v.id);
        return view(v);
    }

    @Transactional
    public VialView get(UUID vialId) {
        Vial v = find(vialId);
        audit.record(AuditAction.READ, RESOURCE, null, v.id);
        return view(v);
    }

    /** Vials in receipt order, optionally of one lot, optionally only those still holding drug. */
    @Transactional
    public Page<VialView> list(String lotNumber, boolean inStockOnly, int page, int size) {
        String where = (lotNumber == null ? "1 = 1" : "v.lotNumber = :lot") + (inStockOnly
                ? " and (select coalesce(sum(e.quantityMg), 0) from LedgerEntry e where e.vialId = v.id) > 0" : "");
        Parameters parameters = lotNumber == null ? new Parameters() : Parameters.with("lot", lotNumber);
        var query = Vial.<Vial>find("from Vial v where " + where, Sort.by("receivedAt").and("id"), parameters);
        List<Vial> found = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        audit.record(AuditAction.LIST, RESOURCE, null, lotNumber);
        return Page.of(found.stream().map(this::view).toList(), page, size, query.count());
    }

    VialView view(Vial v) {
        return VialView.of(v, ledger.balanceOf(v.id), ledger.openedAt(v.id));
    }

    static Vial find(UUID vialId) {
        Vial v = Vial.findById(vialId);
        if (v == null) {
            throw ProblemException.notFound("Vial " + vialId);
        }
        return v;
    }
}

package org.riverwoods.kap.infusion.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Caller;

import io.quarkus.panache.common.Sort;

/** Discrepancies a count opened, and their resolution by a prescriber: explained, or reported as a loss. */
@ApplicationScoped
public class Discrepancies {

    static final String RESOURCE = "InventoryDiscrepancy";

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Transactional
    public DiscrepancyView get(UUID id) {
        Discrepancy d = find(id, LockModeType.NONE);
        audit.record(AuditAction.READ, RESOURCE, null, d.id);
        return DiscrepancyView.of(d);
    }

    @Transactional
    public Page<DiscrepancyView> list(Discrepancy.Status status, int page, int size) {
        var query = status == null ? Discrepancy.<Discrepancy>findAll(Sort.by("foundAt").and("id"))
                : Discrepancy.<Discrepancy>find("status", Sort.by("foundAt").and("id"), status);
        List<Discrepancy> found = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        audit.record(AuditAction.LIST, RESOURCE, null, null);
        return Page.of(found.stream().map(DiscrepancyView::of).toList(), page, size, query.count());
    }

    /** Open discrepancies, for the chair board: the nurse in charge sees them all day. */
    @Transactional
    public List<DiscrepancyView> open() {
        return Discrepancy.<Discrepancy>list("status", Sort.by("foundAt").and("id"), Discrepancy.Status.OPEN).stream()
                .map(DiscrepancyView::of).toList();
    }

    @Transactional
    public DiscrepancyView resolve(UUID id, String ifMatch, LedgerRequests.Resolution request) {
        Discrepancy d = find(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, d.rowVersion);
        if (d.status != Discrepancy.Status.OPEN) {
            throw new ProblemException(ProblemType.CONFLICT, "This discrepancy was already resolved (" + d.status + ")");
        }
        d.resolvedBy = caller.subject();
        d.resolvedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        d.explanation = request.explanation().trim();
        if (request.outcome() == LedgerRequests.Outcome.LOSS_REPORTED) {
            if (request.lossReport() == null) {
                throw ProblemException.invalidField("lossReport", "is required when the outcome is LOSS_REPORTED");
            }
            d.lossReport = reportLoss(d, request.lossReport());
            d.status = Discrepancy.Status.LOSS_REPORTED;
        } else {
            d.status = Discrepancy.Status.EXPLAINED;
        }
        Discrepancy.flush();
        audit.record(AuditAction.UPDATE, RESOURCE, null, d.id);
        return DiscrepancyView.of(d);
    }

    /**
     * Drug missing by the count leaves the ledger as a LOSS entry (what the ledger still holds, up to
     * the shortfall); a surplus is explained, never reported as a loss.
     */
    private LossReportRecord reportLoss(Discrepancy d, LedgerRequests.LossReport form) {
        if (d.differenceMl.signum() >= 0) {
            throw ProblemException.invalidField("outcome", "LOSS_REPORTED needs drug missing: this count found more than the ledger");
        }
        Vial vial = Vials.find(d.vialId);
        ledger.lock();
        VialBalance balance = ledger.balanceOf(vial.id);
        var lostMl = d.differenceMl.negate().min(balance.ml());
        var lostMg = lostMl.compareTo(balance.ml()) == 0 ? balance.mg() : vial.mgIn(lostMl);
        UUID entryId = null;
        if (lostMl.signum() > 0) {
            LedgerEntry loss = ledger.append(new Ledger.Movement(EntryKind.LOSS, vial, lostMg.negate(), lostMl.negate(),
                    null, null, null, "Loss reported after count " + d.countId, null));
            entryId = loss.id;
        }
        return new LossReportRecord(form.deaRegistrationNumber(), form.discoveredOn(), form.lossType().name(),
                form.policeNotified(), form.policeDepartment(), form.policeReportNumber(), form.description().trim(),
                vial.id, vial.ndc, vial.product, vial.concentrationMgPerMl, "Injection, vial", vial.lotNumber, 1,
                lostMg, lostMl, entryId);
    }

    private static Discrepancy find(UUID id, LockModeType lock) {
        Discrepancy d = Discrepancy.findById(id, lock);
        if (d == null) {
            throw ProblemException.notFound("Inventory discrepancy " + id);
        }
        return d;
    }
}

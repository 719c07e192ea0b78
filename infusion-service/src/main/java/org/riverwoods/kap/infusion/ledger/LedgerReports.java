package org.riverwoods.kap.infusion.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.rest.Page;

import io.quarkus.panache.common.Sort;

/** The ledger for a date range, the inventory on a date, and one patient's dispensing record. */
@ApplicationScoped
public class LedgerReports {

    static final String RESOURCE = "ControlledSubstanceLedger";
    /** A printable export holds at most this many lines; a longer range is asked for in parts. */
    static final int CSV_MAX_LINES = 10_000;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = "kap.infusion.clinic-zone", defaultValue = "America/Denver")
    ZoneId clinicZone;

    @Transactional
    public Page<EntryView> ledger(LocalDate from, LocalDate to, int page, int size) {
        var query = inRange(from, to);
        List<LedgerEntry> found = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        audit.record(AuditAction.LIST, RESOURCE, null, from + ".." + to);
        return Page.of(found.stream().map(EntryView::of).toList(), page, size, query.count());
    }

    @Transactional
    public String ledgerCsv(LocalDate from, LocalDate to) {
        var query = inRange(from, to);
        if (query.count() > CSV_MAX_LINES) {
            throw ProblemException.invalidField("to", "makes a range of more than " + CSV_MAX_LINES + " entries: export it in parts");
        }
        StringBuilder out = new StringBuilder(EntryView.CSV_HEADER).append("\r\n");
        query.list().forEach(e -> out.append(EntryView.of(e).csv()));
        audit.record(AuditAction.LIST, RESOURCE, null, from + ".." + to);
        return out.toString();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<LedgerEntry> inRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        return LedgerEntry.find("recordedAt >= ?1 and recordedAt < ?2", Sort.by("sequenceNumber"), startOf(from),
                startOf(to.plusDays(1)));
    }

    @Transactional
    public EntryView entry(UUID entryId) {
        LedgerEntry e = LedgerEntry.find("id", entryId).firstResult();
        if (e == null) {
            throw ProblemException.notFound("Ledger entry " + entryId);
        }
        audit.record(AuditAction.READ, RESOURCE, e.patientId, e.id);
        return EntryView.of(e);
    }

    @Transactional
    public InventoryView inventory(LocalDate date) {
        Instant asOf = startOf(date.plusDays(1));
        List<Vial> vials = Vial.list("receivedAt < ?1", Sort.by("lotNumber").and("receivedAt").and("id"), asOf);
        List<InventoryView.VialStock> stock = new ArrayList<>();
        Map<String, InventoryView.LotStock> lots = new LinkedHashMap<>();
        for (Vial v : vials) {
            VialBalance b = ledger.balanceOf(v.id, asOf);
            if (b.mg().signum() == 0 && b.ml().signum() == 0) {
                continue;
            }
            stock.add(new InventoryView.VialStock(v.id, v.lotNumber, v.ndc, v.product, v.concentrationMgPerMl,
                    v.expiresOn, b.mg(), b.ml()));
            lots.merge(v.lotNumber, new InventoryView.LotStock(v.lotNumber, 1, b.mg(), b.ml()),
                    (a, c) -> new InventoryView.LotStock(a.lotNumber(), a.vials() + 1, a.balanceMg().add(c.balanceMg()),
                            a.balanceMl().add(c.balanceMl())));
        }
        audit.record(AuditAction.READ, RESOURCE, null, "inventory " + date);
        return new InventoryView(date, asOf, stock, List.copyOf(lots.values()));
    }

    @Transactional
    public Page<EntryView> dispensingOf(UUID patientId, int page, int size) {
        var query = LedgerEntry.<LedgerEntry>find("patientId", Sort.by("sequenceNumber"), patientId);
        List<LedgerEntry> found = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        audit.record(AuditAction.LIST, Dispensing.RESOURCE, patientId, null);
        return Page.of(found.stream().map(EntryView::of).toList(), page, size, query.count());
    }

    @Transactional
    public String dispensingCsv(UUID patientId) {
        StringBuilder out = new StringBuilder(Csv.line("dispensing record of patient", patientId));
        out.append(EntryView.CSV_HEADER).append("\r\n");
        LedgerEntry.<LedgerEntry>list("patientId", Sort.by("sequenceNumber"), patientId)
                .forEach(e -> out.append(EntryView.of(e).csv()));
        audit.record(AuditAction.LIST, Dispensing.RESOURCE, patientId, null);
        return out.toString();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clinicZone).toInstant();
    }
}

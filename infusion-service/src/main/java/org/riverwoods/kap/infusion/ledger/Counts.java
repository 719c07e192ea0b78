package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.infusion.events.InventoryDiscrepancyFound;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Caller;

import io.quarkus.panache.common.Sort;

/**
 * The count of the stock at the end of a clinic day (or shift), signed by two people and compared
 * with the ledger under its lock, so nothing moves while it is compared. A vial differing by more
 * than the clinic's tolerance opens a discrepancy and raises InventoryDiscrepancyFound.
 */
@ApplicationScoped
public class Counts {

    static final String RESOURCE = "InventoryCount";

    @Inject
    Ledger ledger;

    @Inject
    LedgerSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @ConfigProperty(name = "kap.infusion.clinic-zone", defaultValue = "America/Denver")
    ZoneId clinicZone;

    @Transactional(Transactional.TxType.MANDATORY)
    public CountView record(LedgerRequests.Count request) {
        Witness.requireOther(caller.subject(), request.witnessedBy(), "witnessedBy", "count");
        Map<UUID, BigDecimal> counted = new LinkedHashMap<>();
        for (int i = 0; i < request.vials().size(); i++) {
            LedgerRequests.CountedVial line = request.vials().get(i);
            if (counted.putIfAbsent(line.vialId(), line.countedVolumeMl()) != null) {
                throw ProblemException.invalidField("vials[" + i + "].vialId", "names a vial already counted above");
            }
            if (Vial.findById(line.vialId()) == null) {
                throw ProblemException.invalidField("vials[" + i + "].vialId", "must name a vial received into the ledger");
            }
        }
        ledger.lock();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        InventoryCount count = new InventoryCount();
        count.id = UUID.randomUUID();
        count.countedAt = now;
        count.clinicDay = LocalDate.ofInstant(now, clinicZone);
        count.shift = request.shift() == null || request.shift().isBlank() ? "END_OF_DAY" : request.shift().trim();
        count.countedBy = caller.subject();
        count.witnessedBy = request.witnessedBy().trim();
        LedgerEntry last = LedgerEntry.find("order by sequenceNumber desc").firstResult();
        count.lastEntry = last == null ? 0 : last.sequenceNumber;
        List<Vial> toCount = new ArrayList<>(Vial.<Vial>list(
                "from Vial v where (select coalesce(sum(e.quantityMg), 0) from LedgerEntry e where e.vialId = v.id) > 0 "
                        + "order by v.receivedAt, v.id"));
        Map<UUID, Vial> byId = new HashMap<>();
        toCount.forEach(v -> byId.put(v.id, v));
        counted.keySet().stream().filter(id -> !byId.containsKey(id)).forEach(id -> {
            Vial empty = Vial.findById(id); // counted although the ledger says empty
            toCount.add(empty);
            byId.put(id, empty);
        });
        List<InventoryCount.Line> lines = new ArrayList<>();
        List<Discrepancy> found = new ArrayList<>();
        for (Vial v : toCount) {
            VialBalance balance = ledger.balanceOf(v.id);
            BigDecimal seen = Quantities.ml(counted.getOrDefault(v.id, BigDecimal.ZERO)); // not listed: not there
            BigDecimal difference = seen.subtract(balance.ml());
            boolean over = difference.abs().compareTo(settings.countToleranceMl()) > 0;
            lines.add(new InventoryCount.Line(v.id, v.lotNumber, balance.ml(), balance.mg(), seen, difference, over));
            if (over) {
                found.add(discrepancy(count, v, balance, seen, difference, now));
            }
        }
        count.lines = lines;
        count.discrepancies = found.size();
        count.persist();
        InventoryCount.flush();
        for (Discrepancy d : found) {
            d.persist();
            outbox.append(new InventoryDiscrepancyFound(d.id, count.id, d.vialId, d.lotNumber, d.expectedMl, d.countedMl,
                    d.differenceMl, d.differenceMg, d.foundAt));
        }
        audit.record(AuditAction.CREATE, RESOURCE, null, count.id);
        return CountView.of(count, found.stream().map(d -> d.id).toList());
    }

    private static Discrepancy discrepancy(InventoryCount count, Vial v, VialBalance balance, BigDecimal seen,
            BigDecimal difference, Instant now) {
        Discrepancy d = new Discrepancy();
        d.id = UUID.randomUUID();
        d.countId = count.id;
        d.vialId = v.id;
        d.lotNumber = v.lotNumber;
        d.expectedMl = balance.ml();
        d.countedMl = seen;
        d.differenceMl = difference;
        d.differenceMg = v.mgIn(difference);
        d.foundAt = now;
        d.status = Discrepancy.Status.OPEN;
        return d;
    }

    @Transactional
    public CountView get(UUID countId) {
        InventoryCount c = InventoryCount.findById(countId);
        if (c == null) {
            throw ProblemException.notFound("Inventory count " + countId);
        }
        audit.record(AuditAction.READ, RESOURCE, null, c.id);
        return view(c);
    }

    @Transactional
    public Page<CountView> list(LocalDate from, LocalDate to, int page, int size) {
        var query = InventoryCount.<InventoryCount>find("clinicDay >= ?1 and clinicDay <= ?2",
                Sort.by("countedAt").and("id"), from, to);
        List<InventoryCount> found = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        audit.record(AuditAction.LIST, RESOURCE, null, null);
        return Page.of(found.stream().map(Counts::view).toList(), page, size, query.count());
    }

    private static CountView view(InventoryCount c) {
        List<UUID> ids = Discrepancy.<Discrepancy>list("countId = ?1 order by foundAt, id", c.id).stream()
                .map(d -> d.id).toList();
        return CountView.of(c, ids);
    }
}

package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.infusion.events.ControlledSubstanceDispensed;
import org.riverwoods.kap.infusion.events.ControlledSubstanceWasted;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.Problem;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.security.Caller;

/**
 * Drug leaving the vials for a patient: the verified dose drawn at the start of the infusion (in
 * the start's own transaction), and, when an infusion is aborted or shortened, what was not given
 * returned or wasted. Each draw names the session; the patient's dispensing record is built from
 * these entries.
 */
@ApplicationScoped
public class Dispensing {

    static final String RESOURCE = "ControlledSubstanceDispensing";

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

    /** The verified dose of a session about to start, and the vial the nurse draws it from. */
    public record InfusionDraw(UUID sessionId, UUID patientId, String lotNumber, BigDecimal doseMg, UUID vialId) {
    }

    /**
     * Draws the verified dose from the named vial, in the caller's transaction (the start of the
     * infusion): refused, naming the field vialId, unless the vial is in date, of the session's lot,
     * usable under the clinic's vial policy and holds enough.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LedgerEntry drawForInfusion(InfusionDraw draw) {
        Vial vial = Vial.findById(draw.vialId());
        if (vial == null) {
            throw refused("The vial named was never received into the ledger");
        }
        ledger.lock();
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, clinicZone);
        if (settings.countRequiredBeforeFirstInfusion() && InventoryCount.count("clinicDay", today) == 0) {
            throw new ProblemException(ProblemType.CONFLICT, "No controlled-substance count has been recorded today: "
                    + "the first infusion of the day needs one (" + LedgerSettings.COUNT_REQUIRED_BEFORE_FIRST_INFUSION + ")");
        }
        VialBalance balance = ledger.balanceOf(vial.id);
        VialUse.refusal(vial.lotNumber, vial.expiresOn, ledger.openedAt(vial.id), balance,
                draw.lotNumber() == null ? "" : draw.lotNumber(), draw.doseMg(), today, now,
                settings.multiDoseVials(), settings.openedVialBeyondUseHours()).ifPresent(why -> {
                    throw refused(why);
                });
        LedgerEntry entry = ledger.append(new Ledger.Movement(EntryKind.DRAW, vial, draw.doseMg().negate(),
                vial.mlFor(draw.doseMg()).negate(), draw.sessionId(), draw.patientId(), null,
                "Verified dose for the infusion", null));
        outbox.append(new ControlledSubstanceDispensed(entry.id, vial.id, draw.sessionId(), vial.lotNumber, "DRAWN",
                entry.quantityMg.negate(), entry.quantityMl.negate(), entry.recordedAt));
        audit.record(AuditAction.CREATE, RESOURCE, draw.patientId(), entry.id);
        return entry;
    }

    /**
     * An aborted or shortened infusion: records what was actually given and returns the rest to
     * the vial's stock or wastes it in front of a witness.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SessionDispensing recordUnused(UUID sessionId, LedgerRequests.UnusedDose request) {
        ledger.lock();
        List<LedgerEntry> entries = LedgerEntry.list("sessionId = ?1 order by sequenceNumber", sessionId);
        LedgerEntry draw = entries.stream().filter(e -> e.kind == EntryKind.DRAW).findFirst().orElseThrow(
                () -> ProblemException.notFound("A draw for infusion session " + sessionId));
        BigDecimal drawn = draw.quantityMg.negate();
        BigDecimal alreadyBack = entries.stream().filter(e -> e.kind != EntryKind.DRAW && e.kind != EntryKind.CORRECTION)
                .map(e -> e.kind == EntryKind.RETURN ? e.quantityMg : e.quantityMg.negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (alreadyBack.signum() != 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "The unused part of this session's dose is already recorded; record a correction instead");
        }
        BigDecimal given = Quantities.mg(request.givenMg());
        if (given.compareTo(drawn) > 0) {
            throw ProblemException.invalidField("givenMg", "must not exceed the dose drawn for the session");
        }
        BigDecimal unused = drawn.subtract(given);
        if (unused.signum() == 0) {
            throw ProblemException.invalidField("givenMg", "must be less than the dose drawn: nothing is left to return or waste");
        }
        Vial vial = Vials.find(draw.vialId);
        LedgerEntry entry;
        if (request.disposition() == LedgerRequests.Disposition.WASTED) {
            Witness.requireOther(caller.subject(), request.witnessedBy(), "witnessedBy", "waste");
            // the drug is in a syringe or bag, not in the vial: it leaves the ledger from the draw's vial
            entry = wasteDrawn(vial, sessionId, draw.patientId, unused, request.witnessedBy().trim(), request.reason().trim());
        } else {
            if (request.witnessedBy() != null && !request.witnessedBy().isBlank()) {
                Witness.requireOther(caller.subject(), request.witnessedBy(), "witnessedBy", "return");
            }
            entry = ledger.append(new Ledger.Movement(EntryKind.RETURN, vial, unused, vial.mlFor(unused), sessionId,
                    draw.patientId, blankToNull(request.witnessedBy()), request.reason().trim(), draw.id));
            outbox.append(new ControlledSubstanceDispensed(entry.id, vial.id, sessionId, vial.lotNumber, "RETURNED",
                    entry.quantityMg, entry.quantityMl, entry.recordedAt));
        }
        audit.record(AuditAction.CREATE, RESOURCE, draw.patientId, entry.id);
        return new SessionDispensing(sessionId, drawn, given, entry.quantityMg.abs(), request.disposition().name(),
                EntryView.of(entry));
    }

    /**
     * Unused drug of a dose already drawn left the vial's balance at the draw: it comes back into
     * the ledger (RETURN) and leaves it as a witnessed WASTE, so the vial falls by exactly what was
     * given plus what was wasted, and both show in the record.
     */
    private LedgerEntry wasteDrawn(Vial vial, UUID sessionId, UUID patientId, BigDecimal unused, String witness,
            String reason) {
        LedgerEntry back = ledger.append(new Ledger.Movement(EntryKind.RETURN, vial, unused, vial.mlFor(unused), sessionId,
                patientId, witness, "Not given: " + reason, null));
        LedgerEntry waste = ledger.append(new Ledger.Movement(EntryKind.WASTE, vial, unused.negate(),
                back.quantityMl.negate(), sessionId, patientId, witness, reason, null));
        outbox.append(new ControlledSubstanceWasted(waste.id, vial.id, sessionId, vial.lotNumber, unused,
                back.quantityMl, waste.recordedAt));
        return waste;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static ProblemException refused(String why) {
        return new ProblemException(Problem.of(ProblemType.CONFLICT, "The dose cannot be drawn from this vial: " + why,
                List.of(new Problem.Violation("vialId", why))));
    }
}

package org.riverwoods.kap.infusion.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The infusion suite's chair board: today's sessions and whoever is in a chair now, and a live
 * stream of each change (vitals, alerts, status) pushed once it is committed.
 */
@ApplicationScoped
public class SessionBoard {

    /** Fired inside a transaction; the row is pushed after the commit. */
    public record SessionChanged(UUID sessionId) {
    }

    /** Checked in, being assessed, infusing or recovering: someone is in the chair. */
    static final List<SessionStatus> IN_A_CHAIR = List.of(SessionStatus.CHECKED_IN, SessionStatus.PRE_ASSESSMENT_PASSED,
            SessionStatus.INFUSING, SessionStatus.RECOVERY);

    private final BroadcastProcessor<ChairRow> updates = BroadcastProcessor.create();

    @Inject
    Event<SessionChanged> changes;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = "kap.infusion.clinic-zone", defaultValue = "America/Denver")
    ZoneId clinicZone;

    void changed(UUID sessionId) {
        changes.fire(new SessionChanged(sessionId));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionChanged change) {
        ChairRow row = QuarkusTransaction.requiringNew().call(() -> {
            InfusionSession s = InfusionSession.findById(change.sessionId());
            return s == null ? null : ChairRow.of(s, Instant.now());
        });
        if (row != null) {
            updates.onNext(row);
        }
    }

    /** Live: every change from now on. Staff only (the resource says so). */
    public Multi<ChairRow> stream() {
        return updates;
    }

    @Transactional
    public List<ChairRow> day(LocalDate date) {
        LocalDate day = date != null ? date : LocalDate.now(clinicZone);
        Instant from = day.atStartOfDay(clinicZone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(clinicZone).toInstant();
        Instant now = Instant.now();
        // today's board also shows whoever is in a chair now, whatever day they were booked for
        List<InfusionSession> sessions = day.equals(LocalDate.now(clinicZone))
                ? InfusionSession.list("scheduledStart >= ?1 and scheduledStart < ?2 or status in ?3 "
                        + "order by scheduledStart", from, to, IN_A_CHAIR)
                : InfusionSession.list("scheduledStart >= ?1 and scheduledStart < ?2 order by scheduledStart", from, to);
        sessions.forEach(s -> audit.record(AuditAction.LIST, SessionService.RESOURCE, s.patientId, s.id));
        return sessions.stream().map(s -> ChairRow.of(s, now)).toList();
    }
}

package org.riverwoods.kap.infusion.session;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.infusion.events.SafetyAlertRaised;
import org.riverwoods.kap.infusion.safety.AlertRule;
import org.riverwoods.kap.infusion.safety.SafetyAlert;
import org.riverwoods.kap.kit.outbox.Outbox;

/** Raises an alert on a session: stored, on the chair board, and published in the same transaction. */
@ApplicationScoped
public class SessionAlerts {

    @Inject
    Outbox outbox;

    @Inject
    SessionBoard board;

    @Inject
    Event<SafetyAlertCounts.Raised> raised;

    @Transactional(Transactional.TxType.MANDATORY)
    AlertView raise(InfusionSession s, SafetyAlert alert, UUID readingId) {
        SafetyAlertEntity a = new SafetyAlertEntity();
        a.id = UUID.randomUUID();
        a.sessionId = s.id;
        a.rule = alert.rule().name();
        a.level = alert.level().name();
        a.message = alert.message();
        a.raisedAt = Instant.now();
        a.readingId = readingId;
        a.persist();
        outbox.append(new SafetyAlertRaised(a.id, s.id, s.patientId, a.rule, a.level, a.message, a.raisedAt));
        board.changed(s.id);
        raised.fire(new SafetyAlertCounts.Raised(a.rule, a.level));
        return AlertView.of(a);
    }

    /** A fact changed elsewhere while the patient is in the chair. */
    @Transactional(Transactional.TxType.MANDATORY)
    void raise(InfusionSession s, AlertRule rule, String message) {
        raise(s, new SafetyAlert(rule, rule.level(), message), null);
    }
}

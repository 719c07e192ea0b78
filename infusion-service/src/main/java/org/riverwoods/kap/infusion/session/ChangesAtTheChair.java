package org.riverwoods.kap.infusion.session;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.riverwoods.kap.infusion.consent.TreatmentConsentRevoked;
import org.riverwoods.kap.infusion.plan.PlanStatusNoted;
import org.riverwoods.kap.infusion.risk.SuicideRiskChanged;
import org.riverwoods.kap.infusion.safety.AlertRule;
import org.riverwoods.kap.infusion.safety.SafetyGate;

/**
 * A fact that changed in another service while a patient is in the chair. Before dosing the start
 * refuses on its own (it reads the facts then); during the infusion the nurse must hear of it at
 * once: a STOP alert on the chair board, published. Runs in the consumer's transaction.
 */
@ApplicationScoped
public class ChangesAtTheChair {

    @Inject
    SessionAlerts alerts;

    @Inject
    SessionBoard board;

    void consentRevoked(@Observes TreatmentConsentRevoked revoked) {
        for (InfusionSession s : inTheChair("patientId", revoked.patientId())) {
            if (s.status == SessionStatus.INFUSING) {
                alerts.raise(s, AlertRule.CONSENT_REVOKED,
                        "The treatment consent was revoked during the infusion: stop the infusion");
            } else {
                board.changed(s.id);
            }
        }
    }

    void planStatusNoted(@Observes PlanStatusNoted noted) {
        SafetyGate.planRefusal(noted.status()).ifPresent(why -> {
            for (InfusionSession s : inTheChair("planId", noted.planId())) {
                if (s.status == SessionStatus.INFUSING) {
                    alerts.raise(s, AlertRule.PLAN_NOT_ACTIVE, why + " (changed during the infusion): stop the infusion");
                } else {
                    board.changed(s.id);
                }
            }
        });
    }

    void suicideRiskChanged(@Observes SuicideRiskChanged changed) {
        inTheChair("patientId", changed.patientId()).forEach(s -> board.changed(s.id));
    }

    private static List<InfusionSession> inTheChair(String field, Object value) {
        return InfusionSession.list(field + " = ?1 and status in ?2", value, SessionBoard.IN_A_CHAIR);
    }
}

package org.riverwoods.kap.infusion.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.riverwoods.kap.infusion.events.Topics;
import org.riverwoods.kap.kit.freshness.CurrentFacts;

/**
 * Before the gate, the second clinician's dose check and the start: this service must hold every
 * event about the patient that intake, treatment and outcomes have published so far (consent, plan
 * status, appointment and order, suicide-risk flags), or the decision is refused for a retry.
 * Confirmed outside the session's transaction, so no row lock is held while waiting.
 */
@ApplicationScoped
public class CurrentSessionFacts {

    /** Every topic infusion consumes and the facts it carries, in the order a refusal names them. */
    static final Map<String, String> FACTS_BY_TOPIC = factsByTopic();

    @Inject
    CurrentFacts facts;

    private static Map<String, String> factsByTopic() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(Topics.INTAKE_CONSENTS, "treatment consent");
        facts.put(Topics.TREATMENT_PLANS, "treatment plan status");
        facts.put(Topics.TREATMENT_APPOINTMENTS, "appointment and prescription");
        facts.put(Topics.INTAKE_ASSESSMENTS, "suicide-risk flags from intake");
        facts.put(Topics.OUTCOMES_MEASURES, "suicide-risk flags from questionnaires");
        return Collections.unmodifiableMap(facts);
    }

    void confirm(UUID sessionId, String decision) {
        UUID patientId = SessionService.find(sessionId).patientId; // a read outside any transaction: no lock held
        facts.confirm(decision, patientId.toString(), FACTS_BY_TOPIC);
    }
}

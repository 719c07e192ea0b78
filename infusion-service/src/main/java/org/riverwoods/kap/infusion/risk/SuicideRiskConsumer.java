package org.riverwoods.kap.infusion.risk;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.infusion.events.Consumed;
import org.riverwoods.kap.kit.freshness.RecordsPosition;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.inbox.IncomingEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Suicide-risk flags from intake's screenings and from questionnaires during treatment, and the
 * clinician's review at intake that clears them: until then the gate does not pass.
 */
@ApplicationScoped
public class SuicideRiskConsumer {

    static final String FROM_INTAKE = "infusion-service/intake-assessments";
    static final String FROM_OUTCOMES = "infusion-service/outcomes-measures";

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper json;

    @Inject
    Event<SuicideRiskChanged> changed;

    @Incoming("intake-assessments")
    @Blocking
    @RecordsPosition
    public void onAssessment(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (event.is("SuicideRiskFlagged")) {
            Consumed.SuicideRiskFlagged e = event.payload(json, Consumed.SuicideRiskFlagged.class);
            event.require(e.patientId() != null && e.flaggedAt() != null, "patientId or flaggedAt");
            inbox.process(FROM_INTAKE, event, x -> flagged(e.patientId(), e.flaggedAt(), "INTAKE_SCREENING"));
        } else if (event.is("SuicideRiskReviewed")) {
            Consumed.SuicideRiskReviewed e = event.payload(json, Consumed.SuicideRiskReviewed.class);
            event.require(e.patientId() != null && e.reviewedAt() != null, "patientId or reviewedAt");
            inbox.process(FROM_INTAKE, event, x -> reviewed(e));
        }
    }

    @Incoming("outcomes-measures")
    @Blocking
    @RecordsPosition
    public void onMeasure(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (event.is("SuicideRiskReported")) {
            Consumed.SuicideRiskReported e = event.payload(json, Consumed.SuicideRiskReported.class);
            event.require(e.patientId() != null && e.reportedAt() != null, "patientId or reportedAt");
            inbox.process(FROM_OUTCOMES, event,
                    x -> flagged(e.patientId(), e.reportedAt(), "QUESTIONNAIRE_DURING_TREATMENT"));
        }
    }

    private void flagged(UUID patientId, Instant at, String source) {
        SuicideRisk risk = of(patientId);
        if (risk.flaggedAt == null || at.isAfter(risk.flaggedAt)) {
            risk.flaggedAt = at;
            risk.source = source;
        }
        saved(risk);
    }

    private void reviewed(Consumed.SuicideRiskReviewed e) {
        SuicideRisk risk = of(e.patientId());
        if (risk.reviewedAt == null || e.reviewedAt().isAfter(risk.reviewedAt)) {
            risk.reviewedAt = e.reviewedAt();
            risk.reviewOutcome = e.outcome();
        }
        saved(risk);
    }

    private static SuicideRisk of(UUID patientId) {
        SuicideRisk risk = SuicideRisk.findById(patientId);
        if (risk == null) {
            risk = new SuicideRisk();
            risk.patientId = patientId;
        }
        return risk;
    }

    private void saved(SuicideRisk risk) {
        risk.updatedAt = Instant.now();
        if (!risk.isPersistent()) {
            risk.persist();
        }
        changed.fire(new SuicideRiskChanged(risk.patientId));
    }
}

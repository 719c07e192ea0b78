package org.riverwoods.kap.treatment.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.inbox.IncomingEvent;
import org.riverwoods.kap.treatment.events.SuicideRiskFlagged;
import org.riverwoods.kap.treatment.events.SuicideRiskReported;
import org.riverwoods.kap.treatment.events.SuicideRiskReviewed;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Suicide-risk flags and reviews, exactly once (Inbox): flags from intake screening and from
 * questionnaires during treatment, reviews from intake. Intake's events share intake.assessments with
 * IntakeCompleted, whose consumer (plan) hands them here; poison goes to {@code treatment.dead-letter}.
 */
@ApplicationScoped
public class SuicideRiskConsumer {

    // one name per channel: the retries held on one must not be cleared by the other
    static final String INTAKE_CONSUMER = "treatment-service/intake-assessments/suicide-risk";
    static final String OUTCOMES_CONSUMER = "treatment-service/outcomes-measures";

    @Inject
    Inbox inbox;

    @Inject
    SuicideRisks risks;

    @Inject
    ObjectMapper json;

    @Incoming("outcomes-measures")
    @Blocking
    public void onOutcomeEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!event.is(SuicideRiskReported.TYPE)) {
            return; // outcome figures and relapses are not the plan's to show
        }
        SuicideRiskReported report = event.payload(json, SuicideRiskReported.class);
        event.require(report.patientId() != null && report.reportedAt() != null, "patientId or reportedAt");
        inbox.process(OUTCOMES_CONSUMER, event, e -> risks.flagged(report.patientId(), report.reportedAt(),
                FlagSource.QUESTIONNAIRE_DURING_TREATMENT, "outcomes-service"));
    }

    /** SuicideRiskFlagged or SuicideRiskReviewed, as read from intake.assessments. */
    public void onIntakeEvent(IncomingEvent event) {
        if (event.is(SuicideRiskFlagged.TYPE)) {
            SuicideRiskFlagged flag = event.payload(json, SuicideRiskFlagged.class);
            event.require(flag.patientId() != null && flag.flaggedAt() != null, "patientId or flaggedAt");
            inbox.process(INTAKE_CONSUMER, event, e -> risks.flagged(flag.patientId(), flag.flaggedAt(),
                    FlagSource.INTAKE_SCREENING, "intake-service"));
        } else if (event.is(SuicideRiskReviewed.TYPE)) {
            SuicideRiskReviewed review = event.payload(json, SuicideRiskReviewed.class);
            ReviewOutcome outcome = ReviewOutcome.named(review.outcome());
            // an outcome this service does not know must not clear a risk: the flag stays open
            event.require(review.patientId() != null && review.reviewedAt() != null && outcome != null,
                    "patientId, reviewedAt or a known outcome");
            inbox.process(INTAKE_CONSUMER, event, e -> risks.reviewed(review.patientId(), review.reviewedAt(),
                    outcome, "intake-service"));
        }
    }
}

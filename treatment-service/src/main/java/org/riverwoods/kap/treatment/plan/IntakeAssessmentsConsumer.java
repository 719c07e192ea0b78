package org.riverwoods.kap.treatment.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.inbox.IncomingEvent;
import org.riverwoods.kap.treatment.events.IntakeCompleted;
import org.riverwoods.kap.treatment.events.SuicideRiskFlagged;
import org.riverwoods.kap.treatment.events.SuicideRiskReviewed;
import org.riverwoods.kap.treatment.risk.SuicideRiskConsumer;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Turns each IntakeCompleted into a draft plan or a review-queue entry, exactly once (Inbox, plus a
 * unique intake id on plans); poison goes to {@code treatment.dead-letter}. Suicide-risk flags and
 * reviews on the same topic go to the risk package's consumer, in the topic's order.
 */
@ApplicationScoped
public class IntakeAssessmentsConsumer {

    static final String CONSUMER = "treatment-service/intake-assessments";

    @Inject
    Inbox inbox;

    @Inject
    PlanDrafting drafting;

    @Inject
    SuicideRiskConsumer suicideRisk;

    @Inject
    ObjectMapper json;

    @Incoming("intake-assessments")
    @Blocking
    public void onAssessmentEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        switch (event.type()) {
            case IntakeCompleted.TYPE -> onIntakeCompleted(event);
            case SuicideRiskFlagged.TYPE, SuicideRiskReviewed.TYPE -> suicideRisk.onIntakeEvent(event);
            default -> {
                // scores and eligibility decisions arrive summed up in IntakeCompleted
            }
        }
    }

    private void onIntakeCompleted(IncomingEvent event) {
        IntakeCompleted intake = event.payload(json, IntakeCompleted.class);
        event.require(intake.intakeId() != null && intake.patientId() != null && intake.primarySubstance() != null
                && intake.eligibility() != null && intake.eligibility().decision() != null
                && intake.weightKg() != null && intake.weightMeasuredOn() != null && intake.sex() != null,
                "the fields treatment planning needs");
        inbox.process(CONSUMER, event, e -> drafting.onIntakeCompleted(intake));
    }
}

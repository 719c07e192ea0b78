package org.riverwoods.kap.treatment.events;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.treatment.plan.PlanDrafting;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Turns each IntakeCompleted into a draft plan or a review-queue entry, exactly once (Inbox, plus a
 * unique intake id on plans); unreadable records go to {@code treatment.dead-letter}.
 */
@ApplicationScoped
public class IntakeAssessmentsConsumer {

    static final String CONSUMER = "treatment-service/intake-assessments";

    @Inject
    Inbox inbox;

    @Inject
    PlanDrafting drafting;

    @Inject
    ObjectMapper json;

    @Incoming("intake-assessments")
    @Blocking
    @Transactional
    public void onAssessmentEvent(ConsumerRecord<String, String> record) {
        String eventId = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (eventId == null || type == null) {
            throw new PoisonMessageException("Not a CloudEvent: ce_id or ce_type header missing");
        }
        if (!IntakeCompleted.TYPE.equals(type)) {
            return; // scores and eligibility decisions arrive summed up in IntakeCompleted
        }
        IntakeCompleted intake = parse(record.value());
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        drafting.onIntakeCompleted(intake);
    }

    private IntakeCompleted parse(String payload) {
        try {
            IntakeCompleted intake = json.readValue(payload, IntakeCompleted.class);
            if (intake.intakeId() == null || intake.patientId() == null || intake.primarySubstance() == null
                    || intake.eligibility() == null || intake.eligibility().decision() == null
                    || intake.weightKg() == null || intake.weightMeasuredOn() == null || intake.sex() == null) {
                throw new PoisonMessageException("IntakeCompleted without the fields treatment planning needs");
            }
            return intake;
        } catch (java.io.IOException e) {
            throw new PoisonMessageException("IntakeCompleted payload is not valid JSON of the contract");
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

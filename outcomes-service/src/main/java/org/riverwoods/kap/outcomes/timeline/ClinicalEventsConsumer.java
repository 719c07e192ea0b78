package org.riverwoods.kap.outcomes.timeline;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.inbox.IncomingEvent;
import org.riverwoods.kap.outcomes.profile.ProfileProjection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Every clinical topic feeds the patient timeline and profile, exactly once per event (Inbox).
 * Poison (an event without a patient's id among them) goes to {@code outcomes.dead-letter}; anything
 * else is retried in place.
 */
@ApplicationScoped
public class ClinicalEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    TimelineProjection timeline;

    @Inject
    ProfileProjection profiles;

    @Inject
    ObjectMapper json;

    @Incoming("intake-patients")
    @Blocking
    public void intakePatients(ConsumerRecord<String, String> record) {
        handle(record, "intake-patients");
    }

    @Incoming("intake-assessments")
    @Blocking
    public void intakeAssessments(ConsumerRecord<String, String> record) {
        handle(record, "intake-assessments");
    }

    @Incoming("intake-consents")
    @Blocking
    public void intakeConsents(ConsumerRecord<String, String> record) {
        handle(record, "intake-consents");
    }

    @Incoming("treatment-plans")
    @Blocking
    public void treatmentPlans(ConsumerRecord<String, String> record) {
        handle(record, "treatment-plans");
    }

    @Incoming("treatment-appointments")
    @Blocking
    public void treatmentAppointments(ConsumerRecord<String, String> record) {
        handle(record, "treatment-appointments");
    }

    @Incoming("infusion-sessions")
    @Blocking
    public void infusionSessions(ConsumerRecord<String, String> record) {
        handle(record, "infusion-sessions");
    }

    @Incoming("infusion-safety")
    @Blocking
    public void infusionSafety(ConsumerRecord<String, String> record) {
        handle(record, "infusion-safety");
    }

    private void handle(ConsumerRecord<String, String> record, String channel) {
        IncomingEvent event = IncomingEvent.of(record);
        JsonNode payload = event.payloadTree(json);
        // every event on the clinical topics is about a patient: one without her id is a broken contract
        event.require(TimelineProjection.uuid(payload, "patientId") != null, "a patientId");
        Instant time = event.time();
        inbox.process("outcomes-service/" + channel, event, e -> {
            profiles.apply(e.type(), payload, time);
            timeline.record(e.id(), e.type(), e.source(), time, payload);
        });
    }
}

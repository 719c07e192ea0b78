package org.riverwoods.kap.outcomes.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.outcomes.profile.ProfileProjection;
import org.riverwoods.kap.outcomes.timeline.TimelineProjection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Every clinical topic feeds the patient timeline and profile, exactly once per event (Inbox).
 * Unreadable records go to {@code outcomes.dead-letter}.
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
    @Transactional
    public void intakePatients(ConsumerRecord<String, String> record) {
        handle(record, "intake-patients");
    }

    @Incoming("intake-assessments")
    @Blocking
    @Transactional
    public void intakeAssessments(ConsumerRecord<String, String> record) {
        handle(record, "intake-assessments");
    }

    @Incoming("intake-consents")
    @Blocking
    @Transactional
    public void intakeConsents(ConsumerRecord<String, String> record) {
        handle(record, "intake-consents");
    }

    @Incoming("treatment-plans")
    @Blocking
    @Transactional
    public void treatmentPlans(ConsumerRecord<String, String> record) {
        handle(record, "treatment-plans");
    }

    @Incoming("treatment-appointments")
    @Blocking
    @Transactional
    public void treatmentAppointments(ConsumerRecord<String, String> record) {
        handle(record, "treatment-appointments");
    }

    @Incoming("infusion-sessions")
    @Blocking
    @Transactional
    public void infusionSessions(ConsumerRecord<String, String> record) {
        handle(record, "infusion-sessions");
    }

    @Incoming("infusion-safety")
    @Blocking
    @Transactional
    public void infusionSafety(ConsumerRecord<String, String> record) {
        handle(record, "infusion-safety");
    }

    private void handle(ConsumerRecord<String, String> record, String channel) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null) {
            throw new PoisonMessageException("Not a CloudEvent: ce_id or ce_type header missing");
        }
        JsonNode event = parse(record.value());
        if (!inbox.firstDelivery("outcomes-service/" + channel, id)) {
            return;
        }
        Instant time = time(header(record, "ce_time"));
        profiles.apply(type, event, time);
        timeline.record(id, type, header(record, "ce_source"), time, event);
    }

    private JsonNode parse(String payload) {
        try {
            JsonNode node = json.readTree(payload);
            if (node == null || !node.isObject()) {
                throw new PoisonMessageException("Event payload is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new PoisonMessageException("Event payload is not valid JSON");
        }
    }

    private static Instant time(String ceTime) {
        try {
            return ceTime == null ? Instant.now() : java.time.OffsetDateTime.parse(ceTime).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.now();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

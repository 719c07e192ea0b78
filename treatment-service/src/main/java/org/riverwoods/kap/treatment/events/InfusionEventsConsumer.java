package org.riverwoods.kap.treatment.events;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.treatment.plan.InfusionOutcomes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Infusion-service's session and safety events move plans and appointments: a completed infusion is
 * counted, a deferred or aborted one gets a proposed new time, a serious adverse event holds the plan.
 */
@ApplicationScoped
public class InfusionEventsConsumer {

    static final String SESSIONS_CONSUMER = "treatment-service/infusion-sessions";
    static final String SAFETY_CONSUMER = "treatment-service/infusion-safety";

    @Inject
    Inbox inbox;

    @Inject
    InfusionOutcomes outcomes;

    @Inject
    ObjectMapper json;

    @Incoming("infusion-sessions")
    @Blocking
    @Transactional
    public void onSessionEvent(ConsumerRecord<String, String> record) {
        String type = type(record);
        switch (type) {
            case InfusionSessionEvent.COMPLETED -> handle(record, SESSIONS_CONSUMER, e -> outcomes.completed(e));
            case InfusionSessionEvent.DEFERRED, InfusionSessionEvent.ABORTED ->
                    handle(record, SESSIONS_CONSUMER, e -> outcomes.notGiven(e, type));
            default -> {
                // check-in, start, vitals: nothing for the plan
            }
        }
    }

    @Incoming("infusion-safety")
    @Blocking
    @Transactional
    public void onSafetyEvent(ConsumerRecord<String, String> record) {
        if (InfusionSessionEvent.SERIOUS_ADVERSE_EVENT.equals(type(record))) {
            handle(record, SAFETY_CONSUMER, e -> outcomes.seriousAdverseEvent(e));
        }
    }

    private void handle(ConsumerRecord<String, String> record, String consumer,
            java.util.function.Consumer<InfusionSessionEvent> effect) {
        InfusionSessionEvent event = parse(record.value());
        if (inbox.firstDelivery(consumer, header(record, "ce_id"))) {
            effect.accept(event);
        }
    }

    private static String type(ConsumerRecord<String, String> record) {
        if (header(record, "ce_id") == null || header(record, "ce_type") == null) {
            throw new PoisonMessageException("Not a CloudEvent: ce_id or ce_type header missing");
        }
        return header(record, "ce_type");
    }

    private InfusionSessionEvent parse(String payload) {
        try {
            InfusionSessionEvent event = json.readValue(payload, InfusionSessionEvent.class);
            if (event.planId() == null || event.patientId() == null) {
                throw new PoisonMessageException("Infusion event without planId or patientId");
            }
            return event;
        } catch (java.io.IOException e) {
            throw new PoisonMessageException("Infusion event payload is not valid JSON of the contract");
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

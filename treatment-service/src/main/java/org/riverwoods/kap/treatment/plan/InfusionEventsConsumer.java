package org.riverwoods.kap.treatment.plan;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.inbox.IncomingEvent;
import org.riverwoods.kap.treatment.events.InfusionSessionEvent;

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
    public void onSessionEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        switch (event.type()) {
            case InfusionSessionEvent.COMPLETED -> handle(event, SESSIONS_CONSUMER, outcomes::completed);
            case InfusionSessionEvent.DEFERRED, InfusionSessionEvent.ABORTED ->
                    handle(event, SESSIONS_CONSUMER, e -> outcomes.notGiven(e, event.type()));
            default -> {
                // check-in, start, vitals: nothing for the plan
            }
        }
    }

    @Incoming("infusion-safety")
    @Blocking
    public void onSafetyEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (event.is(InfusionSessionEvent.SERIOUS_ADVERSE_EVENT)) {
            handle(event, SAFETY_CONSUMER, outcomes::seriousAdverseEvent);
        }
    }

    private void handle(IncomingEvent event, String consumer, Consumer<InfusionSessionEvent> effect) {
        InfusionSessionEvent payload = event.payload(json, InfusionSessionEvent.class);
        event.require(payload.planId() != null && payload.patientId() != null, "planId or patientId");
        inbox.process(consumer, event, e -> effect.accept(payload));
    }
}

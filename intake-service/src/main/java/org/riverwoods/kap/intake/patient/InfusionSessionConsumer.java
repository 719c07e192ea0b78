package org.riverwoods.kap.intake.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.intake.events.InfusionCheckedIn;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.inbox.IncomingEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps each patient's recorded weight current from the weights measured at infusion check-in.
 * Exactly once through the {@link Inbox}; poison goes to {@code intake.dead-letter}.
 */
@ApplicationScoped
public class InfusionSessionConsumer {

    static final String CONSUMER = "intake-service/infusion-sessions";

    @Inject
    Inbox inbox;

    @Inject
    PatientService patients;

    @Inject
    ObjectMapper json;

    @Incoming("infusion-sessions")
    @Blocking
    public void onSessionEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!event.is(InfusionCheckedIn.TYPE)) {
            return; // other session events do not concern intake
        }
        InfusionCheckedIn checkIn = event.payload(json, InfusionCheckedIn.class);
        event.require(checkIn.patientId() != null && checkIn.weightKg() != null && checkIn.weightMeasuredAt() != null,
                "patientId, weightKg or weightMeasuredAt");
        inbox.process(CONSUMER, event,
                e -> patients.recordCheckInWeight(checkIn.patientId(), checkIn.weightKg(), checkIn.weightMeasuredAt()));
    }
}

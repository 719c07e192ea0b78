package org.riverwoods.kap.intake.events;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.intake.patient.PatientService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps each patient's recorded weight current from the weights measured at infusion check-in.
 * Idempotent through the {@link Inbox}; unreadable records go to {@code intake.dead-letter}.
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
    @Transactional
    public void onSessionEvent(ConsumerRecord<String, String> record) {
        String eventId = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (eventId == null || type == null) {
            throw new PoisonMessageException("Not a CloudEvent: ce_id or ce_type header missing");
        }
        if (!InfusionCheckedIn.TYPE.equals(type)) {
            return; // other session events do not concern intake
        }
        InfusionCheckedIn checkIn = parse(record.value());
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        patients.recordCheckInWeight(checkIn.patientId(), checkIn.weightKg(), checkIn.weightMeasuredAt());
    }

    private InfusionCheckedIn parse(String payload) {
        try {
            InfusionCheckedIn event = json.readValue(payload, InfusionCheckedIn.class);
            if (event.patientId() == null || event.weightKg() == null || event.weightMeasuredAt() == null) {
                throw new PoisonMessageException("InfusionCheckedIn without patientId, weightKg or weightMeasuredAt");
            }
            return event;
        } catch (java.io.IOException e) {
            throw new PoisonMessageException("InfusionCheckedIn payload is not valid JSON of the contract");
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

package org.riverwoods.kap.infusion.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.infusion.events.Consumed;
import org.riverwoods.kap.kit.freshness.RecordsPosition;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.inbox.IncomingEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/** Booked and cancelled infusions from treatment-service make and cancel sessions, exactly once. */
@ApplicationScoped
public class AppointmentsConsumer {

    static final String CONSUMER = "infusion-service/treatment-appointments";

    @Inject
    Inbox inbox;

    @Inject
    SessionScheduling scheduling;

    @Inject
    ObjectMapper json;

    @Incoming("treatment-appointments")
    @Blocking
    @RecordsPosition
    public void onAppointment(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        switch (event.type()) {
            case "InfusionScheduled" -> {
                Consumed.InfusionScheduled e = event.payload(json, Consumed.InfusionScheduled.class);
                event.require(e.appointmentId() != null && e.patientId() != null && e.planId() != null
                        && e.scheduledStart() != null && e.doseMgPerKg() != null && e.route() != null
                        && e.prescriber() != null, "the order's required fields");
                inbox.process(CONSUMER, event, x -> scheduling.scheduled(e));
            }
            case "AppointmentCancelled" -> {
                Consumed.AppointmentCancelled e = event.payload(json, Consumed.AppointmentCancelled.class);
                event.require(e.appointmentId() != null, "appointmentId");
                inbox.process(CONSUMER, event, x -> scheduling.cancelled(e));
            }
            default -> {
                // therapy sessions are not infusions
            }
        }
    }
}

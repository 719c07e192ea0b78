package org.riverwoods.kap.infusion.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.infusion.consent.TreatmentConsent;
import org.riverwoods.kap.infusion.plan.PlanStatusRecord;
import org.riverwoods.kap.infusion.session.SessionScheduling;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * What infusion-service learns from treatment and intake: booked and cancelled infusions, plan
 * status and treatment consents. Idempotent through the Inbox; unreadable records are dead-lettered.
 */
@ApplicationScoped
public class UpstreamEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    SessionScheduling scheduling;

    @Inject
    ObjectMapper json;

    @Incoming("treatment-appointments")
    @Blocking
    @Transactional
    public void onAppointment(ConsumerRecord<String, String> record) {
        switch (type(record)) {
            case "InfusionScheduled" -> {
                Consumed.InfusionScheduled e = parse(record, Consumed.InfusionScheduled.class);
                if (e.appointmentId() == null || e.patientId() == null || e.planId() == null || e.scheduledStart() == null
                        || e.doseMgPerKg() == null || e.route() == null || e.prescriber() == null) {
                    throw new PoisonMessageException("InfusionScheduled without the order's required fields");
                }
                if (first(record, "treatment-appointments")) {
                    scheduling.scheduled(e);
                }
            }
            case "AppointmentCancelled" -> {
                Consumed.AppointmentCancelled e = parse(record, Consumed.AppointmentCancelled.class);
                if (first(record, "treatment-appointments")) {
                    scheduling.cancelled(e);
                }
            }
            default -> {
                // therapy sessions are not infusions
            }
        }
    }

    @Incoming("treatment-plans")
    @Blocking
    @Transactional
    public void onPlan(ConsumerRecord<String, String> record) {
        if (!"TreatmentPlanStatusChanged".equals(type(record))) {
            return;
        }
        Consumed.PlanStatusChanged e = parse(record, Consumed.PlanStatusChanged.class);
        if (e.planId() == null || e.status() == null || !first(record, "treatment-plans")) {
            return;
        }
        PlanStatusRecord status = PlanStatusRecord.findById(e.planId());
        boolean known = status != null;
        if (!known) {
            status = new PlanStatusRecord();
            status.planId = e.planId();
            status.patientId = e.patientId();
        }
        status.status = e.status();
        status.updatedAt = Instant.now();
        if (!known) {
            status.persist();
        }
    }

    @Incoming("intake-consents")
    @Blocking
    @Transactional
    public void onConsent(ConsumerRecord<String, String> record) {
        String type = type(record);
        if ("ConsentGranted".equals(type)) {
            Consumed.ConsentGranted e = parse(record, Consumed.ConsentGranted.class);
            if ("TREATMENT".equals(e.kind()) && first(record, "intake-consents")) {
                TreatmentConsent consent = new TreatmentConsent();
                consent.consentId = e.consentId();
                consent.patientId = e.patientId();
                consent.expiresOn = e.expiresOn();
                consent.updatedAt = Instant.now();
                consent.persist();
            }
        } else if ("ConsentRevoked".equals(type)) {
            Consumed.ConsentRevoked e = parse(record, Consumed.ConsentRevoked.class);
            TreatmentConsent consent = e.consentId() == null ? null : TreatmentConsent.findById(e.consentId());
            if (consent != null && first(record, "intake-consents")) {
                consent.revokedAt = e.revokedAt() != null ? e.revokedAt() : Instant.now();
                consent.updatedAt = Instant.now();
            }
        }
    }

    private boolean first(ConsumerRecord<String, String> record, String channel) {
        return inbox.firstDelivery("infusion-service/" + channel, header(record, "ce_id"));
    }

    private <T> T parse(ConsumerRecord<String, String> record, Class<T> type) {
        try {
            return json.readValue(record.value(), type);
        } catch (IOException e) {
            throw new PoisonMessageException(type.getSimpleName() + " payload is not valid JSON of the contract");
        }
    }

    private static String type(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null) {
            throw new PoisonMessageException("Not a CloudEvent: ce_id or ce_type header missing");
        }
        return type;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

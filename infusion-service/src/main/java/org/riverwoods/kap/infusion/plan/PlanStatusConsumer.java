package org.riverwoods.kap.infusion.plan;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.infusion.events.Consumed;
import org.riverwoods.kap.kit.freshness.RecordsPosition;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.inbox.IncomingEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/** Keeps the last status treatment announced for each plan: infusions of a plan not ACTIVE do not start. */
@ApplicationScoped
public class PlanStatusConsumer {

    static final String CONSUMER = "infusion-service/treatment-plans";

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper json;

    @Inject
    Event<PlanStatusNoted> noted;

    @Incoming("treatment-plans")
    @Blocking
    @RecordsPosition
    public void onPlan(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!event.is("TreatmentPlanStatusChanged")) {
            return;
        }
        Consumed.PlanStatusChanged e = event.payload(json, Consumed.PlanStatusChanged.class);
        event.require(e.planId() != null && e.status() != null, "planId or status");
        inbox.process(CONSUMER, event, x -> record(e));
    }

    private void record(Consumed.PlanStatusChanged e) {
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
            status.persist(); // after the fields: the insert takes the state at persist time
        }
        noted.fire(new PlanStatusNoted(e.planId(), e.status()));
    }
}

package org.riverwoods.kap.intake.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.intake.events.SuicideRiskReported;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.inbox.IncomingEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * A PHQ-9 item 9 answered during treatment flags the patient here, as one at intake does, so that the
 * one review intake records clears it on every service. Exactly once through the {@link Inbox}; poison
 * goes to {@code intake.dead-letter}.
 */
@ApplicationScoped
public class OutcomesMeasuresConsumer {

    static final String CONSUMER = "intake-service/outcomes-measures";

    @Inject
    Inbox inbox;

    @Inject
    PatientService patients;

    @Inject
    ObjectMapper json;

    @Incoming("outcomes-measures")
    @Blocking
    public void onMeasuresEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!event.is(SuicideRiskReported.TYPE)) {
            return; // outcome figures and relapses do not concern intake
        }
        SuicideRiskReported report = event.payload(json, SuicideRiskReported.class);
        event.require(report.patientId() != null && report.answeredAt() != null, "patientId or answeredAt");
        inbox.process(CONSUMER, event, e -> patients.flagReportedSuicideRisk(report.patientId(), report.answeredAt()));
    }
}

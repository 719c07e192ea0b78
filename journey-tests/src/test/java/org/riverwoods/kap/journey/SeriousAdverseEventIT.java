package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riverwoods.kap.journey.Journeys.EVENTUAL;
import static org.riverwoods.kap.journey.Journeys.event;
import static org.riverwoods.kap.journey.Journeys.json;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.journey.Await;
import org.riverwoods.kap.testing.journey.ClinicSteps;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.TopicReader;

/** Journey 3: a serious adverse event in infusion 1 puts the plan on hold and cancels the later infusions. */
class SeriousAdverseEventIT {

    @Test
    void aSeriousAdverseEventHoldsThePlanAndCancelsTheLaterInfusions() {
        ClinicSteps clinic = Journeys.clinic("journey 3");
        Journeys.ActivePatient patient = Journeys.activePatient(clinic, "MALE");
        List<JsonNode> sessions = clinic.awaitSessions(patient.patientId(), 3);
        UUID first = UUID.fromString(sessions.get(0).path("id").asText());
        clinic.checkIn(first, "80.0");
        clinic.preAssessment(first, 126, 80);
        clinic.doseAndStart(first);
        clinic.vitals(first, 150, 92, 96, 89, 3);
        long reported = System.nanoTime();
        JsonNode adverse = clinic.reportAdverseEvent(first, "RESPIRATORY_DEPRESSION", "SERIOUS");
        assertEquals("SERIOUS", adverse.path("severity").asText());

        JsonNode held = Await.until("the plan to go ON_HOLD", EVENTUAL, () -> {
            JsonNode plan = clinic.plan(patient.planId());
            return "ON_HOLD".equals(plan.path("status").asText()) ? plan : null;
        });
        List<JsonNode> cancelled = Await.until("the later infusion sessions to be cancelled", EVENTUAL, () -> {
            List<JsonNode> later = clinic.sessions(patient.patientId()).subList(1, 3);
            return later.stream().allMatch(s -> "CANCELLED".equals(s.path("status").asText())) ? later : null;
        });
        System.out.println("  [journey 3] plan on hold and infusions 2 and 3 cancelled " + Journeys.seconds(reported)
                + " s after the report");
        assertEquals(2, cancelled.size());

        List<JsonNode> infusions = clinic.infusionAppointments(patient.planId());
        assertEquals("SCHEDULED", infusions.get(0).path("status").asText(), "the infusion in progress is kept");
        assertEquals(List.of("CANCELLED", "CANCELLED"),
                infusions.subList(1, 3).stream().map(a -> a.path("status").asText()).toList());
        assertEquals("INFUSING", clinic.session(first).path("status").asText(), "the patient is still being watched");
        assertEquals("ON_HOLD", held.path("status").asText());

        try (TopicReader topics = TopicReader.subscribe("infusion.safety", "treatment.plans", "treatment.appointments")) {
            ConsumerRecord<String, String> serious = topics.awaitOne(event("SeriousAdverseEventReported",
                    patient.patientId()), EVENTUAL);
            EventContracts.assertValid("SeriousAdverseEventReported", serious.value());
            ConsumerRecord<String, String> onHold = topics.awaitOne(r -> event("TreatmentPlanStatusChanged",
                    patient.planId()).test(r) && "ON_HOLD".equals(json(r).path("status").asText()), EVENTUAL);
            EventContracts.assertValid("TreatmentPlanStatusChanged", onHold.value());
            topics.await(r -> event("AppointmentCancelled", patient.patientId()).test(r)
                    && "KETAMINE_INFUSION".equals(json(r).path("kind").asText()), 2, EVENTUAL)
                    .forEach(r -> EventContracts.assertValid("AppointmentCancelled", r.value()));
        }
    }
}

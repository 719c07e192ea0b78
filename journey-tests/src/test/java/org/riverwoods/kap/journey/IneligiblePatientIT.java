package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

/** Journey 2: a contraindication makes the patient ineligible: no plan, but a review-queue entry with the reason. */
class IneligiblePatientIT {

    @Test
    void activePsychosisMeansNoPlanAndAnEntryInTheReviewQueue() {
        ClinicSteps clinic = Journeys.clinic("journey 2");
        long started = System.nanoTime();
        UUID patientId = clinic.registerPatient("MALE", "84.0");
        UUID intakeId = clinic.assess(patientId, "ALCOHOL", true);
        clinic.grantTreatmentConsent(patientId);
        JsonNode completed = clinic.completeIntake(intakeId);
        assertEquals("INELIGIBLE", completed.path("eligibility").asText());

        JsonNode queued = Await.until("the intake in treatment's review queue", EVENTUAL, () -> clinic.reviewQueue()
                .stream().filter(e -> intakeId.toString().equals(e.path("intakeId").asText())).findFirst().orElse(null));
        System.out.println("  [journey 2] review queue entry after " + Journeys.seconds(started) + " s: " + queued);
        assertEquals("INELIGIBLE", queued.path("decision").asText());
        assertEquals(patientId.toString(), queued.path("patientId").asText());
        assertTrue(queued.path("reasons").toString().contains("PSYCHOSIS"), "the reason is named: " + queued);
        assertEquals(List.of(), clinic.plans(patientId), "no treatment plan for an ineligible patient");
        assertEquals(List.of(), clinic.sessions(patientId), "no infusion session either");

        try (TopicReader topics = TopicReader.subscribe("intake.assessments", "treatment.plans")) {
            ConsumerRecord<String, String> intake = topics.awaitOne(event("IntakeCompleted", patientId), EVENTUAL);
            EventContracts.assertValid("IntakeCompleted", intake.value());
            assertEquals("INELIGIBLE", json(intake).path("eligibility").path("decision").asText());
            assertEquals(List.of(), topics.collect(event("TreatmentPlanStatusChanged", patientId),
                    java.time.Duration.ofSeconds(1)), "treatment drafted nothing");
        }
    }
}

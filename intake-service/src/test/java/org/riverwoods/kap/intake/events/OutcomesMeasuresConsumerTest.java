package org.riverwoods.kap.intake.events;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.riverwoods.kap.intake.Fixtures.as;
import static org.riverwoods.kap.intake.Fixtures.registerPatient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.intake.Rows;
import org.riverwoods.kap.intake.patient.SuicideRiskReview;
import org.riverwoods.kap.kit.audit.AuditEntry;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.EventSender;
import org.riverwoods.kap.testing.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A PHQ-9 item 9 during treatment flags the patient here; the one review here clears it everywhere. */
@QuarkusTest
class OutcomesMeasuresConsumerTest {

    private static final String SOURCE = "urn:kap:outcomes-service";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void aSuicideRiskReportedFlagsThePatientOnceAndTheReviewClearsItAndIsPublished() {
        UUID patientId = registerPatient();
        String report = reported(patientId, "2026-11-27T08:15:00Z");
        String later = reported(patientId, "2026-11-27T09:00:00Z");
        EventContracts.assertValid("SuicideRiskReported", report);
        String relapse = """
                {"patientId":"%s","templateCode":"KARE","relapseRule":"CONFIRMED_RELAPSE","relapseOn":"2026-11-26",
                 "daysToRelapse":2,"basis":"Reported drinking confirmed by EtG"}""".formatted(patientId);
        EventContracts.assertValid("RelapseDetected", relapse);

        String patient = "/api/v1/patients/" + patientId;
        String eventId = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender()) {
            // other measures do not concern intake; a redelivered report has no second effect
            sender.sendCloudEvent(Topics.OUTCOMES_MEASURES, patientId.toString(), UUID.randomUUID().toString(),
                    "RelapseDetected", SOURCE, relapse);
            sender.sendCloudEvent(Topics.OUTCOMES_MEASURES, patientId.toString(), eventId, "SuicideRiskReported",
                    SOURCE, report);
            sender.sendCloudEvent(Topics.OUTCOMES_MEASURES, patientId.toString(), eventId, "SuicideRiskReported",
                    SOURCE, report);
            // a later report on the same partition shows the ones before it have been consumed
            sender.sendCloudEvent(Topics.OUTCOMES_MEASURES, patientId.toString(), UUID.randomUUID().toString(),
                    "SuicideRiskReported", SOURCE, later);
        }
        await().atMost(WAIT).untilAsserted(() -> as("nurse").get(patient).then().statusCode(200)
                .body("suicideRiskFlaggedAt", is("2026-11-27T09:00:00Z")));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> Rows.count(AuditEntry.class,
                "patientId = ?1 and actor = 'system:outcomes-service'", patientId)), "two reports, one of them twice");

        String note = "Passive ideation, no plan or intent; safety plan agreed with the patient.";
        String review = "{\"outcome\":\"SAFETY_PLAN_IN_PLACE\",\"note\":\"" + note + "\"}";
        try (TopicReader reader = TopicReader.subscribe(Topics.ASSESSMENTS)) {
            as("prescriber").body(review).post(patient + "/suicide-risk-review").then().statusCode(200)
                    .body("suicideRiskFlaggedAt", nullValue());

            ConsumerRecord<String, String> reviewed = reader.awaitOne(
                    TopicReader.event("SuicideRiskReviewed", patientId.toString()), WAIT);
            EventContracts.assertValid("SuicideRiskReviewed", reviewed.value());
            assertEquals(patientId.toString(), reviewed.key(), "keyed by patient");
            JsonNode event = TopicReader.json(reviewed);
            SuicideRiskReview kept = QuarkusTransaction.requiringNew().call(() -> Rows.list(SuicideRiskReview.class,
                    "patientId = ?1", patientId).get(0));
            assertEquals(kept.id.toString(), event.get("reviewId").asText());
            assertEquals("SAFETY_PLAN_IN_PLACE", event.get("outcome").asText());
            assertEquals(kept.reviewedAt, Instant.parse(event.get("reviewedAt").asText()), "the time intake recorded");
            assertNull(kept.screeningId, "raised by a questionnaire during treatment, not a screening");
            // the note and the reviewer stay in intake
            Set<String> fields = new TreeSet<>();
            event.fieldNames().forEachRemaining(fields::add);
            assertEquals(new TreeSet<>(List.of("patientId", "reviewId", "outcome", "reviewedAt")), fields);
            assertFalse(reviewed.value().contains("safety plan agreed"));
            assertEquals("dev-prescriber", kept.reviewedBy);
            assertFalse(reviewed.value().contains(kept.reviewedBy));
        }
        as("nurse").get(patient).then().statusCode(200).body("suicideRiskFlaggedAt", nullValue());
        as("prescriber").body(review).post(patient + "/suicide-risk-review").then().statusCode(409);
    }

    @Test
    void aReportForAPatientIntakeNeverRegisteredIsDeadLetteredAndConsumptionGoesOn() {
        UUID patientId = registerPatient();
        String unknownKey = UUID.randomUUID().toString();
        String incompleteKey = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender();
             TopicReader deadLetters = TopicReader.subscribe("intake.dead-letter")) {
            sender.sendCloudEvent(Topics.OUTCOMES_MEASURES, unknownKey, UUID.randomUUID().toString(),
                    "SuicideRiskReported", SOURCE, reported(UUID.fromString(unknownKey), "2026-11-27T08:15:00Z"));
            sender.sendCloudEvent(Topics.OUTCOMES_MEASURES, incompleteKey, UUID.randomUUID().toString(),
                    "SuicideRiskReported", SOURCE, "{\"patientId\":\"" + incompleteKey + "\"}");
            sender.sendCloudEvent(Topics.OUTCOMES_MEASURES, patientId.toString(), UUID.randomUUID().toString(),
                    "SuicideRiskReported", SOURCE, reported(patientId, "2026-11-27T09:00:00Z"));

            for (String key : new String[] { unknownKey, incompleteKey }) {
                ConsumerRecord<String, String> dead = deadLetters.awaitOne(r -> key.equals(r.key()), WAIT);
                assertNotNull(TopicReader.header(dead, "dead-letter-reason"), "says why");
            }
        }
        await().atMost(WAIT).untilAsserted(() -> as("nurse").get("/api/v1/patients/" + patientId).then()
                .statusCode(200).body("suicideRiskFlaggedAt", is("2026-11-27T09:00:00Z")));
    }

    private static String reported(UUID patientId, String answeredAt) {
        return """
                {"patientId":"%s","questionnaireId":"%s","item9Answer":1,"phq9Total":7,"answeredAt":"%s",
                 "reportedAt":"%s"}""".formatted(patientId, UUID.randomUUID(), answeredAt, answeredAt);
    }
}

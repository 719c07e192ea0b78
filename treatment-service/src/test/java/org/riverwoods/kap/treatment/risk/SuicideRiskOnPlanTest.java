package org.riverwoods.kap.treatment.risk;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.treatment.Fixtures.as;
import static org.riverwoods.kap.treatment.Fixtures.asPatient;
import static org.riverwoods.kap.treatment.Fixtures.eligibleIntake;
import static org.riverwoods.kap.treatment.Fixtures.publishIntakeCompleted;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.EventSender;
import org.riverwoods.kap.testing.TopicReader;
import org.riverwoods.kap.treatment.events.Topics;
import org.riverwoods.kap.treatment.plan.PlanLifecycleTestSupport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Suicide-risk flags and reviews from the real broker, shown on the patient's plan. */
@QuarkusTest
class SuicideRiskOnPlanTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String NINE = "2026-12-01T09:00:00Z";
    private static final String TEN = "2026-12-01T10:00:00Z";
    private static final String ELEVEN = "2026-12-01T11:00:00Z";
    private static final String NOON = "2026-12-01T12:00:00Z";

    @Inject
    EntityManager em;

    @Test
    void aRiskReportedDuringTreatmentIsOpenOnThePlanUntilAClinicianReviewsIt() {
        UUID patientId = UUID.randomUUID();
        String plan = draftedPlan(patientId);
        as("nurse").get(plan).then().statusCode(200).body("suicideRisk", nullValue());

        reportedDuringTreatment(patientId, UUID.randomUUID().toString(), NINE);
        await().atMost(WAIT).untilAsserted(() -> as("nurse").get(plan).then().statusCode(200)
                .body("suicideRisk.open", is(true))
                .body("suicideRisk.flaggedAt", is(NINE))
                .body("suicideRisk.source", is("QUESTIONNAIRE_DURING_TREATMENT"))
                .body("suicideRisk.reviewedAt", nullValue())
                .body("suicideRisk.reviewOutcome", nullValue()));
        // the patient reads her plan, not another's; the risk is staff-only, as on her timeline and her intake record: her own view of the plan leaves it out
        asPatient(patientId).get(plan).then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("suicideRisk")));
        asPatient(patientId).get("/api/v1/patients/" + patientId + "/treatment-plans").then().statusCode(200)
                .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("suicideRisk")));
        asPatient(UUID.randomUUID()).get(plan).then().statusCode(403);

        reviewed(patientId, UUID.randomUUID().toString(), "SAFETY_PLAN_IN_PLACE", TEN);
        await().atMost(WAIT).untilAsserted(() -> as("prescriber").get(plan).then().statusCode(200)
                .body("suicideRisk.open", is(false))
                .body("suicideRisk.flaggedAt", is(NINE))
                .body("suicideRisk.reviewedAt", is(TEN))
                .body("suicideRisk.reviewOutcome", is("SAFETY_PLAN_IN_PLACE")));
        as("nurse").get("/api/v1/patients/" + patientId + "/treatment-plans").then().statusCode(200)
                .body("items[0].suicideRisk.open", is(false));
    }

    @Test
    void aReviewArrivingBeforeItsFlagStillClosesItAndANewerFlagReopensIt() {
        UUID patientId = UUID.randomUUID();
        // intake's order on one partition: the review first, then the flag it reviewed, then completion
        reviewed(patientId, UUID.randomUUID().toString(), "NO_CURRENT_RISK", TEN);
        flaggedAtIntake(patientId, UUID.randomUUID().toString(), NINE);
        String plan = draftedPlan(patientId); // drafted after both were applied
        as("nurse").get(plan).then().statusCode(200)
                .body("suicideRisk.open", is(false))
                .body("suicideRisk.flaggedAt", is(NINE))
                .body("suicideRisk.source", is("INTAKE_SCREENING"))
                .body("suicideRisk.reviewedAt", is(TEN))
                .body("suicideRisk.reviewOutcome", is("NO_CURRENT_RISK"));

        reportedDuringTreatment(patientId, UUID.randomUUID().toString(), ELEVEN);
        await().atMost(WAIT).untilAsserted(() -> as("nurse").get(plan).then().statusCode(200)
                .body("suicideRisk.open", is(true))
                .body("suicideRisk.flaggedAt", is(ELEVEN))
                .body("suicideRisk.source", is("QUESTIONNAIRE_DURING_TREATMENT"))
                .body("suicideRisk.reviewedAt", is(TEN)));
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothing() {
        UUID patientId = UUID.randomUUID();
        String flag = UUID.randomUUID().toString();
        String review = UUID.randomUUID().toString();
        flaggedAtIntake(patientId, flag, NINE);
        reviewed(patientId, review, "SAFETY_PLAN_IN_PLACE", TEN);
        flaggedAtIntake(patientId, flag, NINE); // redeliveries
        reviewed(patientId, review, "SAFETY_PLAN_IN_PLACE", TEN);
        String plan = draftedPlan(patientId); // intake's events before it are applied
        as("nurse").get(plan).then().body("suicideRisk.open", is(false)).body("suicideRisk.reviewedAt", is(TEN));

        String report = UUID.randomUUID().toString();
        reportedDuringTreatment(patientId, report, ELEVEN);
        reportedDuringTreatment(patientId, report, ELEVEN);
        reportedDuringTreatment(patientId, UUID.randomUUID().toString(), NOON); // after both on the partition
        await().atMost(WAIT).untilAsserted(() -> riskOn(plan).body("suicideRisk.flaggedAt", is(NOON)));
        riskOn(plan).body("suicideRisk.open", is(true)).body("suicideRisk.reviewedAt", is(TEN));

        assertEquals(4L, QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(a) from AuditEntry a where a.resourceType = 'SuicideRisk' and a.patientId = ?1", Long.class)
                .setParameter(1, patientId).getSingleResult()), "one change for each event, none for a redelivery");
        for (String eventId : new String[] { flag, review, report }) {
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from processed_event where event_id = ?1").setParameter(1, eventId)
                    .getSingleResult()).longValue()));
        }
    }

    @Test
    void aReportWithoutItsPatientAndAReviewWithAnUnknownOutcomeGoToTheDeadLetterTopic() {
        String noPatient = UUID.randomUUID().toString();
        String unknownOutcome = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender(); TopicReader dead = TopicReader.subscribe("treatment.dead-letter")) {
            sender.sendCloudEvent(Topics.OUTCOMES_MEASURES, noPatient, UUID.randomUUID().toString(), "SuicideRiskReported",
                    "urn:kap:outcomes-service", """
                            {"questionnaireId":"%s","item9Answer":2,"phq9Total":15,
                             "answeredAt":"%s","reportedAt":"%s"}""".formatted(UUID.randomUUID(), NINE, NINE));
            sender.sendCloudEvent(Topics.INTAKE_ASSESSMENTS, unknownOutcome, UUID.randomUUID().toString(),
                    "SuicideRiskReviewed", "urn:kap:intake-service", reviewPayload(UUID.fromString(unknownOutcome),
                            "LOOKS_FINE", TEN));
            ConsumerRecord<String, String> record = dead.awaitOne(r -> noPatient.equals(r.key()), WAIT);
            assertTrue(TopicReader.header(record, "dead-letter-reason") != null);
            assertEquals(Topics.OUTCOMES_MEASURES, TopicReader.header(record, "dead-letter-topic"));
            dead.awaitOne(r -> unknownOutcome.equals(r.key()), WAIT);
        }
    }

    private static String draftedPlan(UUID patientId) {
        publishIntakeCompleted(eligibleIntake(UUID.randomUUID(), patientId, "ALCOHOL"), patientId);
        return "/api/v1/treatment-plans/" + PlanLifecycleTestSupport.awaitPlanOf(patientId);
    }

    private static ValidatableResponse riskOn(String plan) {
        return as("nurse").get(plan).then().statusCode(200);
    }

    private static void flaggedAtIntake(UUID patientId, String eventId, String flaggedAt) {
        String payload = """
                {"patientId":"%s","screeningId":"%s","intakeId":"%s","item9Answer":2,"phq9Total":16,"flaggedAt":"%s"}"""
                .formatted(patientId, UUID.randomUUID(), UUID.randomUUID(), flaggedAt);
        send(Topics.INTAKE_ASSESSMENTS, patientId, eventId, "SuicideRiskFlagged", "urn:kap:intake-service", payload);
    }

    private static void reportedDuringTreatment(UUID patientId, String eventId, String reportedAt) {
        String payload = """
                {"patientId":"%s","questionnaireId":"%s","item9Answer":1,"phq9Total":11,
                 "answeredAt":"%s","reportedAt":"%s"}""".formatted(patientId, UUID.randomUUID(), reportedAt, reportedAt);
        send(Topics.OUTCOMES_MEASURES, patientId, eventId, "SuicideRiskReported", "urn:kap:outcomes-service", payload);
    }

    private static void reviewed(UUID patientId, String eventId, String outcome, String reviewedAt) {
        send(Topics.INTAKE_ASSESSMENTS, patientId, eventId, "SuicideRiskReviewed", "urn:kap:intake-service",
                reviewPayload(patientId, outcome, reviewedAt));
    }

    private static String reviewPayload(UUID patientId, String outcome, String reviewedAt) {
        return """
                {"patientId":"%s","reviewId":"%s","outcome":"%s","reviewedAt":"%s"}"""
                .formatted(patientId, UUID.randomUUID(), outcome, reviewedAt);
    }

    private static void send(String topic, UUID patientId, String eventId, String type, String source, String payload) {
        // checked against its contract once it is in contracts/schemas (the new ones are being written)
        if (Files.isRegularFile(EventContracts.schemaFile(type))) {
            EventContracts.assertValid(type, payload);
        }
        try (EventSender sender = new EventSender()) {
            sender.sendCloudEvent(topic, patientId.toString(), eventId, type, source, payload);
        }
    }
}

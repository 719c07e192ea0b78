package org.riverwoods.kap.treatment.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.treatment.Fixtures.as;
import static org.riverwoods.kap.treatment.Fixtures.asPatient;
import static org.riverwoods.kap.treatment.Fixtures.eligibleIntake;
import static org.riverwoods.kap.treatment.Fixtures.intakeCompleted;
import static org.riverwoods.kap.treatment.Fixtures.publish;
import static org.riverwoods.kap.treatment.Fixtures.publishIntakeCompleted;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.treatment.events.Topics;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.EventSender;
import org.riverwoods.kap.testing.TopicReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** From IntakeCompleted on the real broker to an approved, active plan. */
@QuarkusTest
class PlanLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void anEligibleIntakeBecomesADraftPlanFromTheTemplateOfItsSubstance() {
        assertDraftedFrom("ALCOHOL", "KARE");
        assertDraftedFrom("COCAINE", "DAKWAR_2019");
        assertDraftedFrom("OPIOIDS", "KRUPITSKY_2007");
    }

    @Test
    void aDraftPlanCarriesTheThreeComponentsAndThePhases() {
        UUID patientId = UUID.randomUUID();
        publishIntakeCompleted(eligibleIntake(UUID.randomUUID(), patientId, "ALCOHOL"), patientId);
        String planId = awaitPlanOf(patientId);
        as("therapist").get("/api/v1/treatment-plans/" + planId).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", is("DRAFT")).body("planVersion", is(1))
                .body("prescription.doseMgPerKg", is(0.8f)).body("prescription.intakeWeightKg", is(72.5f))
                .body("components.biological.ketamineInfusions", is(3))
                .body("components.biological.aminoAcidSessions", is(6))
                .body("components.psychological.modality", is("MINDFULNESS_BASED_RELAPSE_PREVENTION"))
                .body("components.social.groupSessionsPerWeek", is(1))
                .body("components.social.familySessions", is(2))
                .body("phases.phase", contains("EVALUATION", "INDUCTION", "MAINTENANCE", "AFTERCARE"))
                .body("phases[1].toWeek", is(3)) // infusions on days 0, 7 and 14
                .body("phases[3].fromWeek", is(5));

        try (TopicReader reader = TopicReader.subscribe(Topics.PLANS)) {
            ConsumerRecord<String, String> drafted = reader.awaitOne(
                    TopicReader.event("TreatmentPlanStatusChanged", patientId.toString()), WAIT);
            EventContracts.assertValid("TreatmentPlanStatusChanged", drafted.value());
            assertEquals("DRAFT", TopicReader.json(drafted).get("status").asText());
        }
    }

    @Test
    void ineligibleNeedsReviewAndUnmappedIntakesGoToTheReviewQueue() {
        UUID ineligible = UUID.randomUUID();
        UUID review = UUID.randomUUID();
        UUID cannabis = UUID.randomUUID();
        UUID ineligibleIntake = UUID.randomUUID();
        publishIntakeCompleted(intakeCompleted(ineligibleIntake, ineligible, "ALCOHOL", "INELIGIBLE", "PREGNANT", "EXCLUDES"), ineligible);
        publishIntakeCompleted(intakeCompleted(UUID.randomUUID(), review, "ALCOHOL", "NEEDS_REVIEW",
                "BLOOD_PRESSURE_ABOVE_REVIEW", "NEEDS_REVIEW"), review);
        publishIntakeCompleted(eligibleIntake(UUID.randomUUID(), cannabis, "CANNABIS"), cannabis);

        await().atMost(WAIT).untilAsserted(() -> as("nurse").get("/api/v1/review-queue?size=100").then().statusCode(200)
                .body("items.patientId", hasItem(ineligible.toString()))
                .body("items.patientId", hasItem(review.toString()))
                .body("items.patientId", hasItem(cannabis.toString())));
        as("nurse").get("/api/v1/review-queue?size=100").then()
                .body("items.find { it.patientId == '" + cannabis + "' }.reasons[0].code", is("NO_TEMPLATE_FOR_SUBSTANCE"))
                .body("items.find { it.patientId == '" + ineligible + "' }.reasons[0].code", is("PREGNANT"));
        for (UUID patient : List.of(ineligible, review, cannabis)) {
            as("nurse").get("/api/v1/patients/" + patient + "/treatment-plans").then().body("totalItems", is(0));
        }
        as("nurse").body("{\"resolution\":\"Referred back to primary care\"}")
                .post("/api/v1/review-queue/" + ineligibleIntake + "/resolution").then().statusCode(403);
        as("prescriber").body("{\"resolution\":\"Referred back to primary care\"}")
                .post("/api/v1/review-queue/" + ineligibleIntake + "/resolution").then().statusCode(200)
                .body("resolvedBy", is("dev-prescriber"));
    }

    @Test
    void aDuplicateIntakeCompletedCreatesOnePlan() {
        UUID patientId = UUID.randomUUID();
        UUID intakeId = UUID.randomUUID();
        String payload = eligibleIntake(intakeId, patientId, "ALCOHOL");
        String eventId = UUID.randomUUID().toString();
        publish(payload, patientId, eventId);
        publish(payload, patientId, eventId); // redelivery
        publish(payload, patientId, UUID.randomUUID().toString()); // the same intake announced again
        awaitPlanOf(patientId);
        try (TopicReader reader = TopicReader.subscribe(Topics.PLANS)) {
            reader.collect(r -> false, Duration.ofSeconds(3));
        }
        as("nurse").get("/api/v1/patients/" + patientId + "/treatment-plans").then().body("totalItems", is(1));
    }

    @Test
    void onlyAPrescriberApprovesAndTheSignatureCoversThePrescription() {
        UUID patientId = UUID.randomUUID();
        publishIntakeCompleted(eligibleIntake(UUID.randomUUID(), patientId, "ALCOHOL"), patientId);
        String plan = "/api/v1/treatment-plans/" + awaitPlanOf(patientId);

        as("nurse").header("If-Match", "\"0\"").post(plan + "/approval").then().statusCode(403);
        as("prescriber").post(plan + "/approval").then().statusCode(428);
        as("prescriber").header("If-Match", "\"7\"").post(plan + "/approval").then().statusCode(412);
        as("prescriber").body("{\"status\":\"ACTIVE\",\"reason\":\"start\"}").header("If-Match", "\"0\"")
                .post(plan + "/status").then().statusCode(409).body("detail", containsString("approved by a prescriber"));
        as("prescriber").header("If-Match", "\"0\"").post(plan + "/approval").then().statusCode(200)
                .body("status", is("APPROVED")).body("approval.prescriber", is("dev-prescriber"))
                .body("approval.prescriptionDigest", notNullValue()).header("ETag", "\"1\"");
        as("prescriber").header("If-Match", "\"1\"").post(plan + "/approval").then().statusCode(409)
                .body("detail", containsString("already approved"));

        try (TopicReader reader = TopicReader.subscribe(Topics.PLANS)) {
            ConsumerRecord<String, String> approved = reader.awaitOne(
                    TopicReader.event("TreatmentPlanApproved", patientId.toString()), WAIT);
            EventContracts.assertValid("TreatmentPlanApproved", approved.value());
            assertEquals(0, new java.math.BigDecimal("0.8").compareTo(
                    TopicReader.json(approved).at("/prescription/doseMgPerKg").decimalValue()));
            assertEquals("dev-prescriber", TopicReader.json(approved).get("prescriber").asText());
        }
    }

    @Test
    void twoConcurrentApprovalsGiveOneResultAndA409() throws Exception {
        UUID patientId = UUID.randomUUID();
        publishIntakeCompleted(eligibleIntake(UUID.randomUUID(), patientId, "COCAINE"), patientId);
        String plan = "/api/v1/treatment-plans/" + awaitPlanOf(patientId);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> approvals = new ArrayList<>();
            for (String prescriber : List.of("dr-a", "dr-b")) {
                approvals.add(() -> io.restassured.RestAssured.given()
                        .auth().oauth2(org.riverwoods.kap.testing.DevTokens.staff(prescriber, "prescriber"))
                        .header("If-Match", "\"0\"").post(plan + "/approval").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(approvals)) {
                statuses.add(f.get());
            }
            statuses.sort(Integer::compareTo);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> PlanHistoryEntry.count(
                "change = ?1 and planId = ?2", PlanHistoryEntry.Change.APPROVED,
                UUID.fromString(plan.substring(plan.lastIndexOf('/') + 1)))));
    }

    @Test
    void anApprovedPlanIsActivatedHeldResumedAndCompletedWithItsHistory() {
        UUID patientId = UUID.randomUUID();
        publishIntakeCompleted(eligibleIntake(UUID.randomUUID(), patientId, "ALCOHOL"), patientId);
        String plan = "/api/v1/treatment-plans/" + awaitPlanOf(patientId);
        as("prescriber").header("If-Match", "\"0\"").post(plan + "/approval").then().statusCode(200);
        String[][] steps = { { "ACTIVE", "Start of treatment", "2" }, { "ON_HOLD", "Hospitalised", "3" },
                { "ACTIVE", "Discharged from hospital", "4" }, { "COMPLETED", "Protocol finished", "5" } };
        int etag = 1;
        for (String[] step : steps) {
            as("prescriber").header("If-Match", "\"" + etag + "\"")
                    .body("{\"status\":\"" + step[0] + "\",\"reason\":\"" + step[1] + "\"}")
                    .post(plan + "/status").then().statusCode(200).body("status", is(step[0]))
                    .header("ETag", "\"" + step[2] + "\"");
            etag++;
        }
        as("prescriber").header("If-Match", "\"5\"").body("{\"status\":\"ACTIVE\",\"reason\":\"again\"}")
                .post(plan + "/status").then().statusCode(409).contentType("application/problem+json");
        as("prescriber").header("If-Match", "\"5\"").body("{\"status\":\"PAUSED\",\"reason\":\"x\"}")
                .post(plan + "/status").then().statusCode(400).contentType("application/problem+json");
        as("prescriber").header("If-Match", "\"5\"").body("{\"status\":\"ACTIVE\"}")
                .post(plan + "/status").then().statusCode(400).body("violations.field", hasItem("reason"));
        as("nurse").get(plan + "/history").then().statusCode(200)
                .body("change", contains("DRAFTED", "APPROVED", "STATUS_CHANGED", "STATUS_CHANGED", "STATUS_CHANGED",
                        "STATUS_CHANGED"))
                .body("status", contains("DRAFT", "APPROVED", "ACTIVE", "ON_HOLD", "ACTIVE", "COMPLETED"))
                .body("reason[3]", is("Hospitalised"));

        try (TopicReader reader = TopicReader.subscribe(Topics.PLANS)) {
            List<ConsumerRecord<String, String>> changes = reader.await(
                    TopicReader.event("TreatmentPlanStatusChanged", patientId.toString()), 5, WAIT);
            changes.forEach(c -> EventContracts.assertValid("TreatmentPlanStatusChanged", c.value()));
            assertEquals("ON_HOLD", TopicReader.json(changes.get(2)).get("status").asText());
        }
    }

    @Test
    void amendmentsMakeNewVersionsWithTheirReasonAndAreSignedAgain() {
        UUID patientId = UUID.randomUUID();
        publishIntakeCompleted(eligibleIntake(UUID.randomUUID(), patientId, "ALCOHOL"), patientId);
        String planId = awaitPlanOf(patientId);
        String plan = "/api/v1/treatment-plans/" + planId;

        as("nurse").header("If-Match", "\"0\"").body("{\"reason\":\"x\",\"doseMgPerKg\":0.7}")
                .post(plan + "/amendments").then().statusCode(403);
        as("prescriber").header("If-Match", "\"0\"").body("{\"doseMgPerKg\":0.7}")
                .post(plan + "/amendments").then().statusCode(400).body("violations.field", hasItem("reason"));
        as("prescriber").header("If-Match", "\"0\"").body("{\"reason\":\"Add a bolus\",\"bolusDoseMgPerKg\":0.9,\"bolusMinutes\":2}")
                .post(plan + "/amendments").then().statusCode(400).body("detail", is("The bolus must be a part of the total dose"));
        as("prescriber").header("If-Match", "\"0\"")
                .body("{\"reason\":\"Two infusions: patient travels in week 3\",\"doseMgPerKg\":0.7,\"infusionCount\":2}")
                .post(plan + "/amendments").then().statusCode(200).body("planVersion", is(2)).body("status", is("DRAFT"))
                .body("prescription.doseMgPerKg", is(0.7f)).body("prescription.infusionCount", is(2));

        as("prescriber").header("If-Match", "\"1\"").post(plan + "/approval").then().statusCode(200);
        as("prescriber").header("If-Match", "\"2\"").body("{\"status\":\"ACTIVE\",\"reason\":\"Start\"}")
                .post(plan + "/status").then().statusCode(200);
        as("prescriber").header("If-Match", "\"3\"").body("{\"reason\":\"More infusions\",\"infusionCount\":3}")
                .post(plan + "/amendments").then().statusCode(409);
        as("prescriber").header("If-Match", "\"3\"").body("{\"reason\":\"Marked dissociation; reduce\",\"doseMgPerKg\":0.6}")
                .post(plan + "/amendments").then().statusCode(200).body("planVersion", is(3)).body("status", is("ACTIVE"))
                .body("approval.prescriber", is("dev-prescriber"));
        as("nurse").get(plan + "/history").then()
                .body("change", contains("DRAFTED", "AMENDED", "APPROVED", "STATUS_CHANGED", "AMENDED"))
                .body("reason[1]", is("Two infusions: patient travels in week 3"))
                .body("snapshot[1].prescription.doseMgPerKg", is(0.7f))
                .body("snapshot[4].prescription.doseMgPerKg", is(0.6f));

        try (TopicReader reader = TopicReader.subscribe(Topics.PLANS, "treatment.appointments")) {
            List<ConsumerRecord<String, String>> approvals = reader.await(
                    TopicReader.event("TreatmentPlanApproved", patientId.toString()), 2, WAIT);
            assertEquals(3, TopicReader.json(approvals.get(1)).get("planVersion").asInt());
            List<ConsumerRecord<String, String>> infusions = reader.await(
                    TopicReader.event("InfusionScheduled", patientId.toString()), 4, WAIT);
            for (ConsumerRecord<String, String> again : infusions.subList(2, 4)) {
                EventContracts.assertValid("InfusionScheduled", again.value());
                assertEquals(3, TopicReader.json(again).get("planVersion").asInt(), "announced again with the new dose");
                assertEquals(0, new java.math.BigDecimal("0.6").compareTo(TopicReader.json(again).get("doseMgPerKg").decimalValue()));
            }
        }
    }

    @Test
    void rolesAroundPlans() {
        UUID patientId = UUID.randomUUID();
        publishIntakeCompleted(eligibleIntake(UUID.randomUUID(), patientId, "ALCOHOL"), patientId);
        String planId = awaitPlanOf(patientId);
        asPatient(patientId).get("/api/v1/treatment-plans/" + planId).then().statusCode(200);
        asPatient(patientId).get("/api/v1/patients/" + patientId + "/treatment-plans").then().statusCode(200)
                .body("totalItems", is(1));
        asPatient(UUID.randomUUID()).get("/api/v1/treatment-plans/" + planId).then().statusCode(403);
        asPatient(UUID.randomUUID()).get("/api/v1/patients/" + patientId + "/treatment-plans").then().statusCode(403);
        as("analyst").get("/api/v1/treatment-plans/" + planId).then().statusCode(403);
        as("analyst").get("/api/v1/review-queue").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/v1/treatment-plans/" + planId).then().statusCode(401)
                .contentType("application/problem+json");
        as("nurse").get("/api/v1/treatment-plans/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        // a malformed filter is the client's mistake (400 naming it), not a missing record
        as("nurse").get("/api/v1/treatment-plans?status=NOPE").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("status"));
    }

    @Test
    void poisonIntakeEventsGoToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender(); TopicReader dead = TopicReader.subscribe("treatment.dead-letter")) {
            sender.sendCloudEvent("intake.assessments", key, UUID.randomUUID().toString(), "IntakeCompleted",
                    "urn:kap:intake-service", "{\"intakeId\":\"not-a-uuid\"}");
            ConsumerRecord<String, String> record = dead.awaitOne(r -> key.equals(r.key()), WAIT);
            assertTrue(TopicReader.header(record, "dead-letter-reason") != null);
        }
    }

    private static void assertDraftedFrom(String substance, String template) {
        UUID patientId = UUID.randomUUID();
        publishIntakeCompleted(eligibleIntake(UUID.randomUUID(), patientId, substance), patientId);
        String planId = awaitPlanOf(patientId);
        as("nurse").get("/api/v1/treatment-plans/" + planId).then().body("templateCode", is(template))
                .body("primarySubstance", is(substance)).body("status", is("DRAFT"));
    }

    static String awaitPlanOf(UUID patientId) {
        List<String> ids = new ArrayList<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            ids.clear();
            ids.addAll(as("nurse").get("/api/v1/patients/" + patientId + "/treatment-plans").then().statusCode(200)
                    .extract().<List<String>>path("items.id"));
            assertEquals(1, ids.size());
        });
        return ids.get(0);
    }
}

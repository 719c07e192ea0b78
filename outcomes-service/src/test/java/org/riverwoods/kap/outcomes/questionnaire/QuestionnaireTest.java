package org.riverwoods.kap.outcomes.questionnaire;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.riverwoods.kap.outcomes.Fixtures.as;
import static org.riverwoods.kap.outcomes.Fixtures.asPatient;
import static org.riverwoods.kap.outcomes.Fixtures.publish;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.outcomes.Fixtures;
import org.riverwoods.kap.outcomes.profile.PatientProfile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class QuestionnaireTest {

    private static final java.time.LocalDate TODAY = java.time.LocalDate.now(java.time.ZoneId.of("America/Denver"));

    @Test
    void questionnairesAreScoredAndItem9IsFlaggedForStaff() {
        UUID patientId = Fixtures.registeredPatient();
        String questionnaires = "/api/v1/patients/" + patientId + "/questionnaires";
        asPatient(patientId).body("{\"questionnaire\":\"PHQ_9\",\"answers\":[1,1,1,1,1,0,0,0,0]}").post(questionnaires)
                .then().statusCode(201).body("total", is(5)).body("band", is("MILD")).body("suicideRisk", is(false))
                .body("loincCode", is("44261-6"));
        asPatient(patientId).body("{\"questionnaire\":\"PHQ_9\",\"answers\":[0,0,0,0,0,0,0,0,1]}").post(questionnaires)
                .then().statusCode(201).body("total", is(1)).body("band", is("NONE_MINIMAL")).body("suicideRisk", is(true));
        asPatient(patientId).body("{\"questionnaire\":\"GAD_7\",\"answers\":[2,2,2,2,2,2,3]}").post(questionnaires)
                .then().statusCode(201).body("total", is(15)).body("band", is("SEVERE"));
        asPatient(patientId).body("{\"questionnaire\":\"CRAVING_VAS\",\"answers\":[35]}").post(questionnaires)
                .then().statusCode(201).body("total", is(35));
        as("nurse").get("/api/v1/patients/" + patientId + "/timeline").then()
                .body("items.eventType", hasItem("SuicideRiskReported"));
        asPatient(patientId).get("/api/v1/patients/" + patientId + "/timeline").then()
                .body("items.eventType", not(hasItem("SuicideRiskReported")));

        asPatient(patientId).body("{\"questionnaire\":\"PHQ_9\",\"answers\":[1,1,1]}").post(questionnaires).then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("answers"));
        asPatient(patientId).body("{\"questionnaire\":\"PACS\",\"answers\":[7,0,0,0,-1]}").post(questionnaires).then()
                .statusCode(400).body("violations.field", hasItem("answers[0]")).body("violations.field", hasItem("answers[4]"));
        asPatient(patientId).body("{\"questionnaire\":\"AUDIT\",\"answers\":[0]}").post(questionnaires).then().statusCode(400);
        asPatient(UUID.randomUUID()).body("{\"questionnaire\":\"CRAVING_VAS\",\"answers\":[10]}").post(questionnaires)
                .then().statusCode(403);
        as("analyst").get(questionnaires).then().statusCode(403);
        as("therapist").get(questionnaires).then().statusCode(200).body("totalItems", is(4));
    }

    @Test
    void phq9ResponseIsMeasuredAgainstTheIntakeScore() {
        UUID patientId = Fixtures.registeredPatient();
        UUID planId = UUID.randomUUID();
        publish("intake.assessments", "ScreeningScored", patientId, """
                {"screeningId":"%s","intakeId":"%s","patientId":"%s","instrument":"PHQ_9","loincCode":"44261-6","total":20,
                 "band":"SEVERE","flags":[],"auditCTotal":null,"source":"CLINICIAN","administeredAt":"2026-11-20T09:00:00Z"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), patientId));
        publish("intake.patients", "PatientRegistered", patientId, """
                {"patientId":"%s","sex":"MALE","birthYear":1975,"weightKg":80.0,"weightMeasuredOn":"2026-11-20",
                 "registeredAt":"2026-11-20T09:00:00Z"}""".formatted(patientId));
        publish("treatment.plans", "TreatmentPlanApproved", patientId, """
                {"planId":"%s","patientId":"%s","intakeId":"%s","planVersion":1,"templateCode":"KARE","templateVersion":1,
                 "primarySubstance":"ALCOHOL","relapseRule":"CONFIRMED_RELAPSE",
                 "prescription":{"route":"IV","doseMgPerKg":0.8,"infusionMinutes":40,"bolusDoseMgPerKg":null,"bolusMinutes":null,
                   "infusionCount":3,"infusionIntervalDays":7,"firstInfusionDay":0},
                 "therapyModality":"MINDFULNESS_BASED_RELAPSE_PREVENTION","therapySessionCount":7,"totalWeeks":4,
                 "prescriber":"dr-a","approvedAt":"2026-11-25T09:00:00Z","prescriptionDigest":"%s"}"""
                .formatted(planId, patientId, UUID.randomUUID(), "0".repeat(64)));
        publish("treatment.plans", "TreatmentPlanStatusChanged", patientId, """
                {"planId":"%s","patientId":"%s","planVersion":1,"templateCode":"KARE","templateVersion":1,
                 "previousStatus":"APPROVED","status":"ACTIVE","reason":"Start","changedAt":"2026-11-26T09:00:00Z",
                 "startDate":"%s"}"""
                .formatted(planId, patientId, TODAY));
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            PatientProfile p = PatientProfile.findById(patientId);
            return p != null && p.baselinePhq9 != null && p.planStartedOn != null && p.relapseRule != null && p.sex != null;
        }));
        String outcomes = "/api/v1/patients/" + patientId + "/outcomes";
        as("nurse").get(outcomes).then().statusCode(200).body("phq9", is((Object) null));

        // 20 -> 10 is a drop of exactly 50%: a response, not a remission (10 is not below 5)
        asPatient(patientId).body("{\"questionnaire\":\"PHQ_9\",\"answers\":[2,2,1,1,1,1,1,1,0]}")
                .post("/api/v1/patients/" + patientId + "/questionnaires").then().statusCode(201).body("total", is(10));
        as("nurse").get(outcomes).then().statusCode(200).body("phq9.change.baseline", is(20))
                .body("phq9.change.latest", is(10)).body("phq9.change.change", is(-10))
                .body("phq9.response", is(true)).body("phq9.remission", is(false));
    }
}

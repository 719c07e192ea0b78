package org.riverwoods.kap.outcomes.outcome;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.riverwoods.kap.outcomes.Fixtures.as;
import static org.riverwoods.kap.outcomes.Fixtures.asPatient;
import static org.riverwoods.kap.outcomes.Fixtures.publish;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.outcomes.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/** Outcome figures from a diary, by the rules of the patient's protocol (hand-worked numbers). */
@QuarkusTest
class OutcomesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Denver"));

    @Test
    void baselineAbstinenceHeavyDrinkingAndTheFirstHeavyDrinkingDay() {
        UUID patientId = Fixtures.registeredPatient();
        UUID planId = UUID.randomUUID();
        publish("intake.patients", "PatientRegistered", patientId, """
                {"patientId":"%s","sex":"FEMALE","birthYear":1984,"weightKg":72.5,"weightMeasuredOn":"2026-11-20",
                 "registeredAt":"2026-11-20T09:00:00Z"}""".formatted(patientId));
        publish("treatment.plans", "TreatmentPlanApproved", patientId, """
                {"planId":"%s","patientId":"%s","intakeId":"%s","planVersion":1,"templateCode":"DAKWAR_2020","templateVersion":1,
                 "primarySubstance":"ALCOHOL","relapseRule":"FIRST_HEAVY_DRINKING_DAY",
                 "prescription":{"route":"IV","doseMgPerKg":0.71,"infusionMinutes":52,"bolusDoseMgPerKg":0.11,"bolusMinutes":2,
                   "infusionCount":1,"infusionIntervalDays":0,"firstInfusionDay":7},
                 "therapyModality":"MOTIVATIONAL_ENHANCEMENT_THERAPY","therapySessionCount":6,"totalWeeks":5,
                 "prescriber":"dr-a","approvedAt":"2026-11-25T09:00:00Z","prescriptionDigest":"%s"}"""
                .formatted(planId, patientId, UUID.randomUUID(), "0".repeat(64)));
        publish("treatment.plans", "TreatmentPlanStatusChanged", patientId, """
                {"planId":"%s","patientId":"%s","planVersion":1,"templateCode":"DAKWAR_2020","templateVersion":1,
                 "previousStatus":"APPROVED","status":"ACTIVE","reason":"Start","changedAt":"2026-11-26T09:00:00Z",
                 "startDate":"%s"}"""
                .formatted(planId, patientId, TODAY));
        String outcomes = "/api/v1/patients/" + patientId + "/outcomes";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("nurse").get(outcomes).then().statusCode(200));

        // Baseline: 10 reported days before the start (the start day itself is day 0):
        // 8 without alcohol (one of them with cannabis), 2 with 4 drinks = heavy for a woman -> PDA 8/10 = 80.0, HDD 2.
        String diary = "/api/v1/patients/" + patientId + "/diary/";
        for (int d = 1; d <= 10; d++) {
            String body = d <= 2 ? "{\"entries\":[{\"substance\":\"ALCOHOL\",\"amount\":4}]}"
                    : d == 3 ? "{\"entries\":[{\"substance\":\"CANNABIS\",\"amount\":1}]}" : "{\"entries\":[]}";
            asPatient(patientId).body(body).put(diary + TODAY.minusDays(d)).then().statusCode(200);
        }
        // Day 0: 5 drinks, the first heavy drinking day of treatment.
        asPatient(patientId).body("{\"entries\":[{\"substance\":\"ALCOHOL\",\"amount\":5}]}").put(diary + TODAY).then().statusCode(200);

        asPatient(patientId).get(outcomes).then().statusCode(200)
                .body("templateCode", is("DAKWAR_2020")).body("planStartedOn", is(TODAY.toString()))
                .body("baseline.daysKnown", is(10)).body("baseline.daysAbstinent", is(8))
                .body("baseline.percentDaysAbstinent", is(80.0f)).body("baseline.heavyDrinkingDays", is(2))
                .body("followUp[0].daysKnown", is(1)).body("followUp[0].percentDaysAbstinent", is(0.0f))
                .body("followUp[0].complete", is(false))
                .body("relapse.rule", is("FIRST_HEAVY_DRINKING_DAY")).body("relapse.relapsed", is(true))
                .body("relapse.relapseOn", is(TODAY.toString())).body("relapse.daysToEvent", is(0));
        // before day 0 (an activated plan that starts later) the baseline is all there is
        as("nurse").queryParam("asOf", TODAY.minusDays(1).toString()).get(outcomes).then().statusCode(200)
                .body("baseline.percentDaysAbstinent", is(80.0f)).body("followUp", org.hamcrest.Matchers.empty())
                .body("sinceStart", org.hamcrest.Matchers.nullValue()).body("relapse", org.hamcrest.Matchers.nullValue());
        // a correction of day 0 (still heavy) announces the figures again but the relapse only once
        asPatient(patientId).header("If-Match", "\"0\"").body("{\"entries\":[{\"substance\":\"ALCOHOL\",\"amount\":6}]}")
                .put(diary + TODAY).then().statusCode(200);
        try (org.riverwoods.kap.testing.TopicReader reader = org.riverwoods.kap.testing.TopicReader.subscribe("outcomes.measures")) {
            var relapses = reader.await(org.riverwoods.kap.testing.TopicReader.event("RelapseDetected", patientId.toString()),
                    1, Duration.ofSeconds(20));
            org.riverwoods.kap.testing.EventContracts.assertValid("RelapseDetected", relapses.get(0).value());
            var measured = reader.await(org.riverwoods.kap.testing.TopicReader.event("OutcomeMeasured", patientId.toString()),
                    2, Duration.ofSeconds(20));
            measured.forEach(m -> org.riverwoods.kap.testing.EventContracts.assertValid("OutcomeMeasured", m.value()));
            org.junit.jupiter.api.Assertions.assertEquals(1, reader.collect(org.riverwoods.kap.testing.TopicReader
                    .event("RelapseDetected", patientId.toString()), Duration.ofSeconds(2)).size(), "announced once");
        }
        asPatient(UUID.randomUUID()).get(outcomes).then().statusCode(403);
        as("analyst").get(outcomes).then().statusCode(403);
        as("nurse").get("/api/v1/patients/" + UUID.randomUUID() + "/outcomes").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aPositiveEtgConfirmsReportedDrinkingUnderTheKareRule() {
        UUID patientId = Fixtures.registeredPatient();
        UUID planId = UUID.randomUUID();
        publish("intake.patients", "PatientRegistered", patientId, """
                {"patientId":"%s","sex":"MALE","birthYear":1970,"weightKg":90.0,"weightMeasuredOn":"2026-11-20",
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
        String outcomes = "/api/v1/patients/" + patientId + "/outcomes";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("nurse").get(outcomes).then().statusCode(200)
                .body("relapseRule", is("CONFIRMED_RELAPSE")));

        asPatient(patientId).body("{\"entries\":[{\"substance\":\"ALCOHOL\",\"amount\":3}]}")
                .put("/api/v1/patients/" + patientId + "/diary/" + TODAY).then().statusCode(200);
        as("nurse").get(outcomes).then().body("relapse.relapsed", is(false)).body("relapse.censored", is(true));

        String etg = "{\"collectedOn\":\"" + TODAY + "\",\"analyte\":\"ETHYL_GLUCURONIDE\",\"valueNgPerMl\":780,"
                + "\"cutoffNgPerMl\":500}";
        asPatient(patientId).body(etg).post("/api/v1/patients/" + patientId + "/lab-results").then().statusCode(403);
        String first = as("nurse").header("Idempotency-Key", "lab-" + patientId).body(etg)
                .post("/api/v1/patients/" + patientId + "/lab-results").then().statusCode(201)
                .body("positive", is(true)).body("substance", is("ALCOHOL")).extract().path("id");
        as("nurse").header("Idempotency-Key", "lab-" + patientId).body(etg)
                .post("/api/v1/patients/" + patientId + "/lab-results").then().statusCode(201)
                .body("id", is(first)); // a retry after a lost answer records nothing twice
        as("nurse").body(etg.replace("\"ETHYL_GLUCURONIDE\"", "\"LSD\"")).post("/api/v1/patients/" + patientId + "/lab-results")
                .then().statusCode(400);
        as("nurse").get(outcomes).then().body("relapse.relapsed", is(true)).body("relapse.relapseOn", is(TODAY.toString()));
        asPatient(patientId).get("/api/v1/patients/" + patientId + "/lab-results").then().statusCode(200)
                .body("size()", is(1));
    }
}

package org.riverwoods.kap.outcomes.timeline;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.outcomes.Fixtures.as;
import static org.riverwoods.kap.outcomes.Fixtures.asPatient;
import static org.riverwoods.kap.outcomes.Fixtures.publish;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.outcomes.profile.PatientProfile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The timeline and the profile built from the other services' events on the real broker. */
@QuarkusTest
class TimelineTest {

    @Test
    void theJourneyAppearsInOrderAndThePatientSeesNoStaffOnlyLines() {
        UUID patientId = UUID.randomUUID();
        UUID consentId = UUID.randomUUID();
        publish("intake.patients", "PatientRegistered", patientId, """
                {"patientId":"%s","sex":"FEMALE","birthYear":1984,"weightKg":72.5,"weightMeasuredOn":"2026-11-20",
                 "registeredAt":"2026-11-20T09:00:00Z"}""".formatted(patientId));
        publish("intake.assessments", "SuicideRiskFlagged", patientId, """
                {"patientId":"%s","screeningId":"%s","intakeId":"%s","item9Answer":1,"phq9Total":12,
                 "flaggedAt":"2026-11-20T09:30:00Z"}""".formatted(patientId, UUID.randomUUID(), UUID.randomUUID()));
        publish("intake.consents", "ConsentGranted", patientId, """
                {"consentId":"%s","patientId":"%s","kind":"PART2_DEIDENTIFIED_DISCLOSURE","documentVersion":"P2-1",
                 "scope":["PROGRAM_ANALYTICS"],"signedAt":"2026-11-20T09:40:00Z","expiresOn":null}""".formatted(consentId, patientId));
        publish("treatment.plans", "TreatmentPlanStatusChanged", patientId, """
                {"planId":"%s","patientId":"%s","planVersion":1,"templateCode":"KARE","templateVersion":1,
                 "previousStatus":"APPROVED","status":"ACTIVE","reason":"Start","changedAt":"2026-11-23T09:00:00Z",
                 "startDate":"2026-11-24"}"""
                .formatted(UUID.randomUUID(), patientId));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("therapist")
                .get("/api/v1/patients/" + patientId + "/timeline").then().statusCode(200)
                .body("items.eventType", contains("PatientRegistered", "SuicideRiskFlagged", "ConsentGranted",
                        "TreatmentPlanStatusChanged")));
        as("nurse").get("/api/v1/patients/" + patientId + "/timeline").then()
                .body("items.summary[1]", is("PHQ-9 item 9 answered 1: same-day suicide-risk follow-up"))
                .body("items.summary[3]", is("Plan active"));
        asPatient(patientId).get("/api/v1/patients/" + patientId + "/timeline").then().statusCode(200)
                .body("items.eventType", not(hasItem("SuicideRiskFlagged"))).body("totalItems", is(3));
        asPatient(UUID.randomUUID()).get("/api/v1/patients/" + patientId + "/timeline").then().statusCode(403);
        as("analyst").get("/api/v1/patients/" + patientId + "/timeline").then().statusCode(403);

        PatientProfile profile = QuarkusTransaction.requiringNew().call(() -> PatientProfile.findById(patientId));
        assertEquals("FEMALE", profile.sex);
        assertEquals(1984, profile.birthYear);
        assertTrue(profile.analyticsConsent);
        assertEquals("ACTIVE", profile.planStatus);
        assertEquals(java.time.LocalDate.parse("2026-11-24"), profile.planStartedOn, "day 0 is the plan's start date, "
                + "not the day it was activated");

        publish("intake.consents", "ConsentRevoked", patientId, """
                {"consentId":"%s","patientId":"%s","kind":"PART2_DEIDENTIFIED_DISCLOSURE","revokedAt":"2026-11-25T10:00:00Z"}"""
                .formatted(consentId, patientId));
        await().atMost(Duration.ofSeconds(20)).until(() -> !QuarkusTransaction.requiringNew()
                .call(() -> PatientProfile.<PatientProfile>findById(patientId).analyticsConsent));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> PatientProfile.<PatientProfile>findById(patientId).analyticsConsent));
    }

    @Test
    void anEventWithoutAPatientIdIsDeadLetteredAndTheNextOneIsStillApplied() {
        UUID patientId = UUID.randomUUID();
        String broken = UUID.randomUUID().toString();
        try (org.riverwoods.kap.testing.EventSender sender = new org.riverwoods.kap.testing.EventSender()) {
            // same key, so the same partition: the valid event queues behind the broken one
            sender.sendCloudEvent("intake.patients", patientId.toString(), broken, "PatientRegistered", "urn:kap:test",
                    "{\"sex\":\"FEMALE\",\"birthYear\":1984}");
        }
        publish("intake.patients", "PatientRegistered", patientId, """
                {"patientId":"%s","sex":"FEMALE","birthYear":1984,"weightKg":72.5,"weightMeasuredOn":"2026-11-20",
                 "registeredAt":"2026-11-20T09:00:00Z"}""".formatted(patientId));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("nurse")
                .get("/api/v1/patients/" + patientId + "/timeline").then().statusCode(200)
                .body("items.eventType", contains("PatientRegistered")));
        Object kind = QuarkusTransaction.requiringNew().call(() -> io.quarkus.hibernate.orm.panache.Panache
                .getEntityManager().createNativeQuery("select reason_kind from dead_letter where event_id = ?1")
                .setParameter(1, broken).getResultList());
        assertEquals(java.util.List.of("poison"), kind, "refused, not written as a line without a patient");
    }

    @Test
    void aRedeliveredEventChangesNothingAndADiscontinuedPlanIsADropout() {
        UUID patientId = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        String registered = """
                {"patientId":"%s","sex":"MALE","birthYear":1990,"weightKg":80.0,"weightMeasuredOn":"2026-11-20",
                 "registeredAt":"2026-11-20T09:00:00Z"}""".formatted(patientId);
        String eventId = UUID.randomUUID().toString();
        try (org.riverwoods.kap.testing.EventSender sender = new org.riverwoods.kap.testing.EventSender()) {
            sender.sendCloudEvent("intake.patients", patientId.toString(), eventId, "PatientRegistered", "urn:kap:test", registered);
            sender.sendCloudEvent("intake.patients", patientId.toString(), eventId, "PatientRegistered", "urn:kap:test", registered);
        }
        publish("treatment.plans", "TreatmentPlanApproved", patientId, """
                {"planId":"%s","patientId":"%s","intakeId":"%s","planVersion":1,"templateCode":"DAKWAR_2019","templateVersion":1,
                 "primarySubstance":"COCAINE","relapseRule":"FIRST_USE_OR_DROPOUT",
                 "prescription":{"route":"IV","doseMgPerKg":0.5,"infusionMinutes":40,"bolusDoseMgPerKg":null,"bolusMinutes":null,
                   "infusionCount":1,"infusionIntervalDays":0,"firstInfusionDay":1},
                 "therapyModality":"MINDFULNESS_BASED_RELAPSE_PREVENTION","therapySessionCount":13,"totalWeeks":5,
                 "prescriber":"dr-a","approvedAt":"2026-11-25T09:00:00Z","prescriptionDigest":"%s"}"""
                .formatted(planId, patientId, UUID.randomUUID(), "0".repeat(64)));
        for (String status : new String[] { "ACTIVE", "DISCONTINUED" }) {
            publish("treatment.plans", "TreatmentPlanStatusChanged", patientId, """
                    {"planId":"%s","patientId":"%s","planVersion":1,"templateCode":"DAKWAR_2019","templateVersion":1,
                     "previousStatus":"APPROVED","status":"%s","reason":"r","changedAt":"2026-11-26T09:00:00Z"}"""
                    .formatted(planId, patientId, status));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            PatientProfile p = PatientProfile.findById(patientId);
            return p != null && p.dropoutOn != null;
        }));
        as("nurse").get("/api/v1/patients/" + patientId + "/timeline").then()
                .body("items.findAll { it.eventType == 'PatientRegistered' }.size()", is(1));
        as("nurse").get("/api/v1/patients/" + patientId + "/outcomes").then().statusCode(200)
                .body("relapse.rule", is("FIRST_USE_OR_DROPOUT")).body("relapse.relapsed", is(true))
                .body("relapse.daysToEvent", is(0));
    }

    @Test
    void aSuicideRiskReviewIsAStaffOnlyLine() {
        UUID patientId = UUID.randomUUID();
        publish("intake.patients", "PatientRegistered", patientId, """
                {"patientId":"%s","sex":"FEMALE","birthYear":1984,"weightKg":72.5,"weightMeasuredOn":"2026-11-20",
                 "registeredAt":"2026-11-20T09:00:00Z"}""".formatted(patientId));
        publish("intake.assessments", "SuicideRiskReviewed", patientId, """
                {"patientId":"%s","reviewId":"%s","outcome":"SAFETY_PLAN_IN_PLACE","reviewedAt":"2026-11-27T10:00:00Z"}"""
                .formatted(patientId, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("nurse")
                .get("/api/v1/patients/" + patientId + "/timeline").then().statusCode(200)
                .body("items.eventType", contains("PatientRegistered", "SuicideRiskReviewed"))
                .body("items.summary[1]", is("Suicide-risk review recorded: SAFETY_PLAN_IN_PLACE")));
        asPatient(patientId).get("/api/v1/patients/" + patientId + "/timeline").then().statusCode(200)
                .body("items.eventType", not(hasItem("SuicideRiskReviewed")));
    }
}

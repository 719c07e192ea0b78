package org.riverwoods.kap.infusion;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.EventSender;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Upstream events as intake and treatment publish them, and requests as the infusion suite makes them. */
public final class Fixtures {

    public static final String PRE_ASSESSMENT_OK = """
            {"lastSolidsAt":"%s","lastClearLiquidsAt":"%s","pregnancyTestApplicable":true,"pregnancyTestNegative":true,
             "breathAlcoholGramsPerDecilitre":0.000,"selfReportedIntoxication":false,"baselineSystolicMmHg":128,
             "baselineDiastolicMmHg":82,"baselineHeartRateBpm":74,"baselineSpo2Percent":98,
             "baselineRespiratoryRatePerMinute":14,"prescriberOnSite":true}""";

    public static final String CHECK_IN = """
            {"weightKg":72.5,"concomitantMedications":{"sedatives":false,"stimulants":false,"maois":false}}""";

    private Fixtures() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(DevTokens.staff(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asStaff(String subject, String role) {
        return given().auth().oauth2(DevTokens.staff(subject, role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asPatient(UUID patientId) {
        return given().auth().oauth2(DevTokens.patient(patientId)).contentType(ContentType.JSON);
    }

    public static String preAssessmentOk() {
        Instant now = Instant.now();
        return PRE_ASSESSMENT_OK.formatted(now.minus(Duration.ofHours(8)), now.minus(Duration.ofHours(3)));
    }

    /** A patient with a valid treatment consent and an active plan, and one infusion booked now. */
    public record Booked(UUID patientId, UUID planId, UUID appointmentId, UUID consentId) {
    }

    public static Booked bookInfusion(String route, String doseMgPerKg, Integer infusionMinutes) {
        Booked b = new Booked(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        String consent = """
                {"consentId":"%s","patientId":"%s","kind":"TREATMENT","documentVersion":"IKAP-TX-2026.1","scope":[],
                 "signedAt":"2026-11-20T09:00:00Z","expiresOn":null}""".formatted(b.consentId(), b.patientId());
        String plan = """
                {"planId":"%s","patientId":"%s","planVersion":1,"templateCode":"KARE","templateVersion":1,
                 "previousStatus":"APPROVED","status":"ACTIVE","reason":"Start","changedAt":"%s"}"""
                .formatted(b.planId(), b.patientId(), Instant.now());
        String scheduled = """
                {"appointmentId":"%s","patientId":"%s","planId":"%s","planVersion":1,"infusionNumber":1,"infusionCount":3,
                 "scheduledStart":"%s","visitMinutes":160,"route":"%s","doseMgPerKg":%s,"infusionMinutes":%s,
                 "bolusDoseMgPerKg":null,"bolusMinutes":null,"prescriber":"dr-signer"}"""
                .formatted(b.appointmentId(), b.patientId(), b.planId(), Instant.now(), route, doseMgPerKg, infusionMinutes);
        EventContracts.assertValid("ConsentGranted", consent);
        EventContracts.assertValid("TreatmentPlanStatusChanged", plan);
        EventContracts.assertValid("InfusionScheduled", scheduled);
        try (EventSender sender = new EventSender()) {
            sender.sendCloudEvent("intake.consents", b.patientId().toString(), UUID.randomUUID().toString(),
                    "ConsentGranted", "urn:kap:intake-service", consent);
            sender.sendCloudEvent("treatment.plans", b.patientId().toString(), UUID.randomUUID().toString(),
                    "TreatmentPlanStatusChanged", "urn:kap:treatment-service", plan);
            sender.sendCloudEvent("treatment.appointments", b.patientId().toString(), UUID.randomUUID().toString(),
                    "InfusionScheduled", "urn:kap:treatment-service", scheduled);
        }
        return b;
    }

    /** Waits until the booked infusion is a session, and the consent and plan status have arrived. */
    public static String awaitSession(Booked b) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            List<String> ids = as("nurse").get("/api/v1/patients/" + b.patientId() + "/infusion-sessions").then()
                    .statusCode(200).extract().path("items.id");
            org.junit.jupiter.api.Assertions.assertEquals(1, ids.size());
            id[0] = ids.get(0);
            org.junit.jupiter.api.Assertions.assertTrue(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                    () -> org.riverwoods.kap.infusion.consent.TreatmentConsent.validFor(b.patientId(), Instant.now())
                            && org.riverwoods.kap.infusion.plan.PlanStatusRecord.findById(b.planId()) != null));
        });
        return id[0];
    }

    /** Vials already received for a session's start, so that a retried start draws from the same one. */
    private static final Map<String, String> VIALS_FOR_SESSIONS = new ConcurrentHashMap<>();

    /**
     * Receives one vial into the ledger (by a nurse, witnessed by a prescriber) and returns its id.
     * {@code expiresOn} null: a year from now.
     */
    public static String receiveVial(String lotNumber, String volumeMl, String concentrationMgPerMl, LocalDate expiresOn) {
        String receipt = """
                {"supplier":"Cardinal Health","invoiceReference":"INV-%s","product":"Ketamine HCl injection",
                 "ndc":"42023-0113-10","concentrationMgPerMl":%s,"volumeMl":%s,"lotNumber":"%s","expiresOn":"%s",
                 "witnessedBy":"dr-witness"}""".formatted(UUID.randomUUID().toString().substring(0, 8), concentrationMgPerMl,
                volumeMl, lotNumber, expiresOn == null ? LocalDate.now().plusYears(1) : expiresOn);
        return as("nurse").header("Idempotency-Key", UUID.randomUUID().toString()).body(receipt)
                .post("/api/v1/controlled-substances/vials").then().statusCode(201).extract().path("id");
    }

    /**
     * The body of a start: a vial of the session's lot holding 200 mg (received for the session the
     * first time), or, before any dose was calculated, a vial id that no check reaches.
     */
    public static String startBody(String sessionPath) {
        String lot = as("nurse").get(sessionPath).then().statusCode(200).extract().path("lotNumber");
        if (lot == null) {
            return "{\"vialId\":\"" + UUID.randomUUID() + "\"}";
        }
        String vial = VIALS_FOR_SESSIONS.computeIfAbsent(sessionPath + "|" + lot, k -> receiveVial(lot, "20", "10", null));
        return "{\"vialId\":\"" + vial + "\"}";
    }

    public static void revokeConsent(Booked b) {
        String revoked = """
                {"consentId":"%s","patientId":"%s","kind":"TREATMENT","revokedAt":"%s"}"""
                .formatted(b.consentId(), b.patientId(), Instant.now());
        EventContracts.assertValid("ConsentRevoked", revoked);
        try (EventSender sender = new EventSender()) {
            sender.sendCloudEvent("intake.consents", b.patientId().toString(), UUID.randomUUID().toString(),
                    "ConsentRevoked", "urn:kap:intake-service", revoked);
        }
    }
}

package org.riverwoods.kap.intake.consent;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riverwoods.kap.intake.Fixtures.PART2_CONSENT;
import static org.riverwoods.kap.intake.Fixtures.TREATMENT_CONSENT;
import static org.riverwoods.kap.intake.Fixtures.as;
import static org.riverwoods.kap.intake.Fixtures.asPatient;
import static org.riverwoods.kap.intake.Fixtures.registerPatient;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.intake.events.Topics;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.TopicReader;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConsentTest {

    @Test
    void aPatientRevokesTheirPart2ConsentAndItStopsAtOnce() {
        UUID patientId = registerPatient();
        String consentId = asPatient(patientId).body(PART2_CONSENT).post("/api/v1/patients/" + patientId + "/consents")
                .then().statusCode(201).body("status", is("ACTIVE")).body("scope[0]", is("PROGRAM_ANALYTICS"))
                .extract().path("id");

        asPatient(patientId).body("{\"reason\":\"I no longer want my data used\"}")
                .post("/api/v1/patients/" + patientId + "/consents/" + consentId + "/revocation").then().statusCode(200)
                .body("status", is("REVOKED")).body("revokedAt", notNullValue());
        as("nurse").get("/api/v1/patients/" + patientId + "/consents/" + consentId).then().statusCode(200).body("status", is("REVOKED"));
        as("nurse").body("{\"reason\":\"again\"}").post("/api/v1/patients/" + patientId + "/consents/" + consentId + "/revocation").then()
                .statusCode(409).contentType("application/problem+json");

        try (TopicReader reader = TopicReader.subscribe(Topics.CONSENTS)) {
            ConsumerRecord<String, String> revoked = reader.awaitOne(
                    TopicReader.event("ConsentRevoked", patientId.toString()), Duration.ofSeconds(15));
            EventContracts.assertValid("ConsentRevoked", revoked.value());
            assertEquals(consentId, TopicReader.json(revoked).get("consentId").asText());
        }
    }

    @Test
    void aRevokedTreatmentConsentNoLongerLetsAnIntakeComplete() {
        UUID[] ids = org.riverwoods.kap.intake.Fixtures.startIntake();
        String consentId = as("nurse").body(TREATMENT_CONSENT).post("/api/v1/patients/" + ids[0] + "/consents")
                .then().statusCode(201).extract().path("id");
        as("nurse").get("/api/v1/intakes/" + ids[1]).then().body("treatmentConsentActive", is(true));
        as("nurse").body("{\"reason\":\"Patient withdrew from the program\"}")
                .post("/api/v1/patients/" + ids[0] + "/consents/" + consentId + "/revocation").then().statusCode(200);
        as("nurse").get("/api/v1/intakes/" + ids[1]).then().body("treatmentConsentActive", is(false));
    }

    @Test
    void consentsAreValidatedAndScopedToTheirPatient() {
        UUID patientId = registerPatient();
        UUID other = registerPatient();
        String consents = "/api/v1/patients/" + patientId + "/consents";
        as("nurse").body(PART2_CONSENT.replace("\"scope\":[\"PROGRAM_ANALYTICS\"],", "")).post(consents).then()
                .statusCode(400).contentType("application/problem+json");
        as("nurse").body(TREATMENT_CONSENT.replace("\"kind\":\"TREATMENT\",", "\"kind\":\"TREATMENT\",\"scope\":[\"RESEARCH\"],"))
                .post(consents).then().statusCode(400);
        as("nurse").body(PART2_CONSENT.replace("\"signedBy\"", "\"expiresOn\":\"2020-01-01\",\"signedBy\"")).post(consents)
                .then().statusCode(400);
        as("nurse").body(TREATMENT_CONSENT.replace("2026-11-26T09:00:00Z", "2999-01-01T00:00:00Z")).post(consents)
                .then().statusCode(400);
        asPatient(other).body(PART2_CONSENT).post(consents).then().statusCode(403);
        asPatient(other).get(consents).then().statusCode(403);
        as("nurse").get(consents).then().statusCode(200).body("totalItems", is(0));
        as("nurse").body(TREATMENT_CONSENT).post("/api/v1/patients/" + UUID.randomUUID() + "/consents").then()
                .statusCode(404);
    }
}

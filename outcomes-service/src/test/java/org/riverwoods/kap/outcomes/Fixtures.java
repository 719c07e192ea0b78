package org.riverwoods.kap.outcomes;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.EventSender;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

public final class Fixtures {

    private Fixtures() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(DevTokens.staff(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asPatient(UUID patientId) {
        return given().auth().oauth2(DevTokens.patient(patientId)).contentType(ContentType.JSON);
    }

    /**
     * A patient intake-service has registered, as outcomes-service learns of one: PatientRegistered on
     * intake.patients, waited for until the profile exists (writes about unknown patients are refused).
     */
    public static UUID registeredPatient() {
        UUID patientId = UUID.randomUUID();
        publish("intake.patients", "PatientRegistered", patientId, """
                {"patientId":"%s","sex":"FEMALE","birthYear":1984,"weightKg":72.5,"weightMeasuredOn":"2026-11-20",
                 "registeredAt":"2026-11-20T09:00:00Z"}""".formatted(patientId));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                        () -> org.riverwoods.kap.outcomes.profile.PatientProfile.findById(patientId) != null));
        return patientId;
    }

    /** Publishes an event the way its producer does, after checking it against its contract. */
    public static String publish(String topic, String type, UUID patientId, String payload) {
        EventContracts.assertValid(type, payload);
        String id = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender()) {
            sender.sendCloudEvent(topic, patientId.toString(), id, type, "urn:kap:test", payload);
        }
        return id;
    }
}

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

package org.riverwoods.kap.kit.testsupport;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.riverwoods.kap.testing.DevTokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests to the test application's note API. */
public final class Api {

    public static final String NOTES = "/api/v1/notes";

    private Api() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(DevTokens.staff(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asPatient(UUID patientId) {
        return given().auth().oauth2(DevTokens.patient(patientId)).contentType(ContentType.JSON);
    }

    /** Creates a valid note about {@code patientId} as a nurse; returns its id. */
    public static UUID createNote(UUID patientId) {
        return createNote(NoteBody.valid(patientId).json());
    }

    public static UUID createNote(String body) {
        String id = as("nurse").body(body).post(NOTES).then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}

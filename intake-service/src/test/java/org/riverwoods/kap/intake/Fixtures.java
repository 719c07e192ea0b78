package org.riverwoods.kap.intake;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.riverwoods.kap.testing.DevTokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests and bodies shared by the intake tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(DevTokens.staff(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asPatient(UUID patientId) {
        return given().auth().oauth2(DevTokens.patient(patientId)).contentType(ContentType.JSON);
    }

    /** A valid registration with a unique medical record number. */
    public static String patientJson() {
        return patientJson("72.5");
    }

    public static String patientJson(String weightKg) {
        return """
                {"medicalRecordNumber":"MRN-%s","givenName":"Alex","familyName":"Rivera",
                 "dateOfBirth":"1984-03-12","sex":"FEMALE","email":"alex.rivera@example.org",
                 "phone":"+1 801 555 0142","weightKg":%s,"weightMeasuredOn":"2026-11-20"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), weightKg);
    }

    /** Registers a patient as a nurse and returns the new id. */
    public static UUID registerPatient() {
        String id = as("nurse").body(patientJson()).post("/api/v1/patients")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}

package org.riverwoods.kap.treatment;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.EventSender;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests and intake events shared by the treatment tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(DevTokens.staff(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asPatient(UUID patientId) {
        return given().auth().oauth2(DevTokens.patient(patientId)).contentType(ContentType.JSON);
    }

    /** An IntakeCompleted as intake-service publishes it (checked against its contract). */
    public static String intakeCompleted(UUID intakeId, UUID patientId, String substance, String decision,
            String reasonCode, String severity) {
        String payload = """
                {"intakeId":"%s","patientId":"%s","completedAt":"2026-11-26T15:00:00Z","primarySubstance":"%s",
                 "secondarySubstances":[],"sex":"FEMALE","weightKg":72.5,"weightMeasuredOn":"2026-11-20",
                 "eligibility":{"decision":"%s","overridden":false,
                   "reasons":[{"code":"%s","severity":"%s","description":"as decided at intake"}]},
                 "instruments":[{"instrument":"PHQ_9","loincCode":"44261-6","total":12,"band":"MODERATE","flags":[]}]}"""
                .formatted(intakeId, patientId, substance, decision, reasonCode, severity);
        EventContracts.assertValid("IntakeCompleted", payload);
        return payload;
    }

    public static String eligibleIntake(UUID intakeId, UUID patientId, String substance) {
        return intakeCompleted(intakeId, patientId, substance, "ELIGIBLE", "NO_CONTRAINDICATION", "NOTE");
    }

    /** Publishes an IntakeCompleted the way intake-service's relay does; returns its CloudEvent id. */
    public static String publishIntakeCompleted(String payload, UUID patientId) {
        String eventId = UUID.randomUUID().toString();
        publish(payload, patientId, eventId);
        return eventId;
    }

    public static void publish(String payload, UUID patientId, String eventId) {
        try (EventSender sender = new EventSender()) {
            sender.sendCloudEvent("intake.assessments", patientId.toString(), eventId, "IntakeCompleted",
                    "urn:kap:intake-service", payload);
        }
    }
}

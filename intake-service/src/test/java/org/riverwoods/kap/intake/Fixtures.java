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

    public static final String ALL_CLEAR_SCREEN = """
            {"aneurysmalVascularDiseaseOrAvm":false,"intracerebralHaemorrhageHistory":false,
             "ketamineHypersensitivity":false,"activePsychosisOrMania":false,"psychosisOrManiaHistory":false,
             "pregnant":false,"breastfeeding":false,"uncontrolledHypertension":false,
             "acuteIntoxicationOrWithdrawal":false,"systolicMmHg":128,"diastolicMmHg":82,
             "benzodiazepineLorazepamEquivalentMgPerDay":0}""";

    public static final String ALCOHOL_HISTORY = """
            {"primarySubstance":"ALCOHOL",
             "substances":[{"substance":"ALCOHOL","daysUsedLast30":24,"lastUseOn":"2026-11-24","route":"ORAL"},
                           {"substance":"CANNABIS","daysUsedLast30":4,"lastUseOn":"2026-11-15","route":"SMOKED"}],
             "priorTreatmentEpisodes":2,
             "currentMedications":[{"name":"Sertraline","dose":"50 mg daily","benzodiazepine":false}]}""";

    public static final String TREATMENT_CONSENT = """
            {"kind":"TREATMENT","documentVersion":"IKAP-TX-2026.1","signedAt":"2026-11-26T09:00:00Z",
             "signedBy":"Alex Rivera (patient)","witnessedBy":"RN J. Chen"}""";

    public static final String PART2_CONSENT = """
            {"kind":"PART2_DEIDENTIFIED_DISCLOSURE","documentVersion":"P2-DEID-2026.1",
             "scope":["PROGRAM_ANALYTICS"],"signedAt":"2026-11-26T09:05:00Z","signedBy":"Alex Rivera (patient)"}""";

    public static String screening(String instrument, String answers) {
        return "{\"instrument\":\"" + instrument + "\",\"answers\":" + answers + "}";
    }

    /** Starts an intake for a new patient; returns {patientId, intakeId}. */
    public static UUID[] startIntake() {
        UUID patientId = registerPatient();
        String intakeId = as("nurse").post("/api/v1/patients/" + patientId + "/intakes")
                .then().statusCode(201).extract().path("id");
        return new UUID[] { patientId, UUID.fromString(intakeId) };
    }

    /** Registers a patient as a nurse and returns the new id. */
    public static UUID registerPatient() {
        String id = as("nurse").body(patientJson()).post("/api/v1/patients")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}

package org.riverwoods.kap.intake.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.intake.Fixtures.as;
import static org.riverwoods.kap.intake.Fixtures.asPatient;
import static org.riverwoods.kap.intake.Fixtures.patientJson;
import static org.riverwoods.kap.intake.Fixtures.registerPatient;
import static org.riverwoods.kap.intake.Fixtures.startIntake;
import static org.riverwoods.kap.intake.Fixtures.ALL_CLEAR_SCREEN;
import static org.riverwoods.kap.intake.Fixtures.PART2_CONSENT;
import static org.riverwoods.kap.intake.Fixtures.TREATMENT_CONSENT;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditEntry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Who may do what with patient records, and the audit trail it leaves. */
@QuarkusTest
class RoleMatrixTest {

    @Test
    void noTokenOrAForgedTokenIs401() {
        given().get("/api/v1/patients").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2("not.a.jwt").get("/api/v1/patients").then().statusCode(401)
                .contentType("application/problem+json");
        // signed correctly but by an unknown issuer's key: a token made up by hand
        String unsigned = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbImFkbWluIl19.";
        given().auth().oauth2(unsigned).get("/api/v1/patients").then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} registers: {1}")
    @CsvSource({ "nurse,201", "prescriber,201", "admin,201", "therapist,403", "analyst,403" })
    void whoMayRegister(String role, int status) {
        as(role).body(patientJson()).post("/api/v1/patients").then().statusCode(status);
    }

    @ParameterizedTest(name = "{0} reads: {1}")
    @CsvSource({ "nurse,200", "prescriber,200", "therapist,200", "admin,200", "analyst,403" })
    void whoMayReadIdentifiableRecords(String role, int status) {
        UUID id = registerPatient();
        as(role).get("/api/v1/patients/" + id).then().statusCode(status);
        as(role).get("/api/v1/patients").then().statusCode(status);
    }

    @Test
    void aPatientSeesOnlyTheirOwnRecord() {
        UUID own = registerPatient();
        UUID other = registerPatient();

        asPatient(own).get("/api/v1/patients/" + own).then().statusCode(200).body("id", is(own.toString()));
        asPatient(own).get("/api/v1/patients/" + other).then().statusCode(403)
                .contentType("application/problem+json");
        asPatient(own).get("/api/v1/patients/" + UUID.randomUUID()).then().statusCode(403);
        asPatient(own).get("/api/v1/patients").then().statusCode(200)
                .body("items.size()", is(1)).body("items[0].id", is(own.toString())).body("totalItems", is(1));
        asPatient(own).header("If-Match", "\"0\"").body(patientJson()).put("/api/v1/patients/" + own)
                .then().statusCode(403);
        asPatient(own).body(patientJson()).post("/api/v1/patients").then().statusCode(403);

        List<AuditEntry> denied = auditOf(other, AuditAction.DENIED);
        assertEquals(1, denied.size(), "the refused read is in the audit trail");
        assertEquals("dev-patient-" + own, denied.get(0).actor);
    }

    @Test
    void everyReadAndWriteOfPatientDataIsAudited() {
        UUID id = registerPatient();
        as("therapist").get("/api/v1/patients/" + id).then().statusCode(200);
        as("nurse").header("If-Match", "\"0\"").contentType(ContentType.JSON).body(patientJson())
                .put("/api/v1/patients/" + id).then().statusCode(200);

        AuditEntry created = auditOf(id, AuditAction.CREATE).get(0);
        assertEquals("dev-nurse", created.actor);
        assertEquals("nurse", created.actorRoles);
        AuditEntry read = auditOf(id, AuditAction.READ).get(0);
        assertEquals("dev-therapist", read.actor);
        assertEquals("Patient", read.resourceType);
        assertEquals(1, auditOf(id, AuditAction.UPDATE).size());
        assertTrue(read.occurredAt.isAfter(created.occurredAt) || read.occurredAt.equals(created.occurredAt));
    }

    @Test
    void adminIsNotAClinicianAndRecordsNoConsentAndStartsNoIntake() {
        UUID id = registerPatient();
        String consents = "/api/v1/patients/" + id + "/consents";
        as("admin").body(TREATMENT_CONSENT).post(consents).then().statusCode(403)
                .contentType("application/problem+json");
        as("admin").body(PART2_CONSENT).post(consents).then().statusCode(403);
        as("admin").post("/api/v1/patients/" + id + "/intakes").then().statusCode(403);
        String consentId = as("nurse").body(TREATMENT_CONSENT).post(consents).then().statusCode(201).extract().path("id");
        as("admin").body("{\"reason\":\"Patient asked by phone\"}").post(consents + "/" + consentId + "/revocation")
                .then().statusCode(403);
        // what admin keeps: registration, corrections, reading
        as("admin").get(consents).then().statusCode(200).body("items[0].status", is("ACTIVE"));
        as("nurse").post("/api/v1/patients/" + id + "/intakes").then().statusCode(201);
    }

    @Test
    void aPatientMayWithdrawHerTreatmentConsent() {
        UUID id = registerPatient();
        String consents = "/api/v1/patients/" + id + "/consents";
        String consentId = as("nurse").body(TREATMENT_CONSENT).post(consents).then().statusCode(201).extract().path("id");
        asPatient(id).body("{\"reason\":\"I want to stop treatment\"}").post(consents + "/" + consentId + "/revocation")
                .then().statusCode(200).body("status", is("REVOKED"));
    }

    @Test
    void aPatientDoesNotSeeTheStaffsEligibilityReasoning() {
        UUID[] ids = startIntake();
        String eligibility = "/api/v1/intakes/" + ids[1] + "/eligibility";
        as("nurse").body(ALL_CLEAR_SCREEN).put(eligibility + "/screen").then().statusCode(200);
        asPatient(ids[0]).get(eligibility).then().statusCode(403).contentType("application/problem+json");
        for (String staff : List.of("nurse", "prescriber", "therapist", "admin")) {
            as(staff).get(eligibility).then().statusCode(200).body("decision", is("ELIGIBLE"));
        }
    }

    @Test
    void aRefusalByRoleIsAudited() {
        UUID id = registerPatient();
        as("analyst").get("/api/v1/patients/" + id).then().statusCode(403);
        List<AuditEntry> denied = auditOf(id, AuditAction.DENIED);
        assertEquals(1, denied.size(), "the analyst's refused read is in the audit trail");
        assertEquals("dev-analyst", denied.get(0).actor);
        assertEquals("analyst", denied.get(0).actorRoles);
        assertEquals("DENIED", denied.get(0).outcome);
    }

    @Test
    void anotherPatientsRecordIsRefusedBeforeTheBodyIsValidatedAndTheRefusalAudited() {
        UUID own = registerPatient();
        UUID[] other = startIntake();
        // {} is invalid: for her own record that is a 400, for another's a 403 that leaves a trace
        asPatient(own).body("{}").post("/api/v1/patients/" + own + "/consents").then().statusCode(400);
        asPatient(own).body("{}").post("/api/v1/patients/" + other[0] + "/consents").then().statusCode(403)
                .contentType("application/problem+json");
        asPatient(own).body("{}").post("/api/v1/intakes/" + other[1] + "/screenings").then().statusCode(403);
        asPatient(other[0]).body("{}").post("/api/v1/intakes/" + other[1] + "/screenings").then().statusCode(400);
        List<AuditEntry> denied = auditOf(other[0], AuditAction.DENIED);
        assertEquals(2, denied.size(), "both refusals name the other patient");
        assertTrue(denied.stream().allMatch(e -> ("dev-patient-" + own).equals(e.actor)));
    }

    @Test
    void operationalEndpointsNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Database")))
                .body("checks.name", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Kafka")))
                .body("checks.name", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Messaging")));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    static List<AuditEntry> auditOf(UUID patientId, AuditAction action) {
        return QuarkusTransaction.requiringNew().call(() -> org.riverwoods.kap.intake.Rows.list(AuditEntry.class,
                "patientId = ?1 and action = ?2 order by id", patientId, action));
    }
}

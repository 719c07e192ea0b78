package org.riverwoods.kap.intake.progress;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.riverwoods.kap.intake.Fixtures.ALCOHOL_HISTORY;
import static org.riverwoods.kap.intake.Fixtures.ALL_CLEAR_SCREEN;
import static org.riverwoods.kap.intake.Fixtures.TREATMENT_CONSENT;
import static org.riverwoods.kap.intake.Fixtures.as;
import static org.riverwoods.kap.intake.Fixtures.asPatient;
import static org.riverwoods.kap.intake.Fixtures.screening;
import static org.riverwoods.kap.intake.Fixtures.startIntake;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.intake.events.Topics;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** A patient from registration to IntakeCompleted, through the REST API and the real broker. */
@QuarkusTest
class IntakeJourneyTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void aPatientIsTakenFromRegistrationToIntakeCompleted() {
        UUID[] ids = startIntake();
        UUID patientId = ids[0];
        String intake = "/api/v1/intakes/" + ids[1];

        as("nurse").get(intake).then().statusCode(200).body("status", is("STARTED"))
                .body("missing.code", hasItem("SCREENING_AUDIT")).body("missing.code", hasItem("TREATMENT_CONSENT"));

        // AUDIT 18 (zone III), AUDIT-C 9; the patient fills in their own PHQ-9 from the app
        as("nurse").body(screening("AUDIT", "[3,3,3,2,1,1,1,0,2,2]")).post(intake + "/screenings").then()
                .statusCode(201).body("total", is(18)).body("band", is("ZONE_III")).body("auditCTotal", is(9))
                .body("loincCode", is("75624-7"));
        as("nurse").body(screening("DAST_10", "[1,0,1,0,0,0,0,0,0,0]")).post(intake + "/screenings").then()
                .statusCode(201).body("total", is(1)).body("band", is("LOW"));
        asPatient(patientId).body(screening("PHQ_9", "[2,2,1,2,1,1,2,1,0]")).post(intake + "/screenings").then()
                .statusCode(201).body("total", is(12)).body("band", is("MODERATE")).body("source", is("PATIENT"))
                .body("flags", empty());
        as("therapist").body(screening("GAD_7", "[1,2,1,1,2,1,1]")).post(intake + "/screenings").then()
                .statusCode(201).body("total", is(9)).body("band", is("MILD"));
        as("nurse").get(intake).then().body("status", is("SCREENING"));

        as("therapist").body(ALCOHOL_HISTORY).put(intake + "/substance-history").then().statusCode(200)
                .body("primarySubstance", is("ALCOHOL")).body("secondarySubstances", contains("CANNABIS"))
                .body("benzodiazepineLorazepamEquivalentMgPerDay", is(0));
        as("nurse").body(ALL_CLEAR_SCREEN).put(intake + "/eligibility/screen").then().statusCode(200)
                .body("decision", is("ELIGIBLE")).body("reasons.code", contains("NO_CONTRAINDICATION"));

        String etag = as("nurse").get(intake).then().statusCode(200).body("status", is("ASSESSED"))
                .body("missing.code", contains("TREATMENT_CONSENT")).extract().header("ETag");
        as("nurse").header("If-Match", etag).post(intake + "/completion").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("treatment consent"));

        as("nurse").body(TREATMENT_CONSENT).post("/api/v1/patients/" + patientId + "/consents").then()
                .statusCode(201).body("status", is("ACTIVE"));
        as("nurse").header("If-Match", etag).post(intake + "/completion").then().statusCode(200)
                .body("status", is("COMPLETED")).body("completedAt", notNullValue()).body("missing", empty());

        try (TopicReader reader = TopicReader.subscribe(Topics.ASSESSMENTS, Topics.CONSENTS)) {
            ConsumerRecord<String, String> completed = reader.awaitOne(
                    TopicReader.event("IntakeCompleted", patientId.toString()), WAIT);
            EventContracts.assertValid("IntakeCompleted", completed.value());
            JsonNode event = TopicReader.json(completed);
            assertEquals("ALCOHOL", event.get("primarySubstance").asText());
            assertEquals("FEMALE", event.get("sex").asText());
            assertEquals("72.5", event.get("weightKg").decimalValue().toPlainString());
            assertEquals("ELIGIBLE", event.at("/eligibility/decision").asText());
            assertEquals("NO_CONTRAINDICATION", event.at("/eligibility/reasons/0/code").asText());
            List<String> instruments = event.get("instruments").findValuesAsText("instrument");
            assertEquals(List.of("AUDIT", "AUDIT_C", "DAST_10", "PHQ_9", "GAD_7"), instruments);
            // whole values only: a fragment such as "1984" can occur in a random id or a timestamp
            for (String identifier : List.of("Alex", "Rivera", "example.org", "1984-03-12", "Chen")) {
                assertFalse(completed.value().contains(identifier), "IntakeCompleted must not carry " + identifier);
            }
            assertFalse(event.has("birthYear") || event.has("dateOfBirth"), "no birth date or year in IntakeCompleted");

            List<ConsumerRecord<String, String>> scored = reader.await(
                    TopicReader.event("ScreeningScored", patientId.toString()), 4, WAIT);
            scored.forEach(r -> EventContracts.assertValid("ScreeningScored", r.value()));
            EventContracts.assertValid("EligibilityDecided",
                    reader.awaitOne(TopicReader.event("EligibilityDecided", patientId.toString()), WAIT).value());
            ConsumerRecord<String, String> consent = reader.awaitOne(
                    TopicReader.event("ConsentGranted", patientId.toString()), WAIT);
            EventContracts.assertValid("ConsentGranted", consent.value());
            assertFalse(consent.value().contains("Chen"), "who witnessed stays in intake");
        }

        // a completed intake is closed
        as("nurse").body(screening("GAD_7", "[0,0,0,0,0,0,0]")).post(intake + "/screenings").then().statusCode(409);
    }

    @Test
    void anItem9AnswerRaisesASameDaySuicideRiskAlertWhateverTheTotal() {
        UUID[] ids = startIntake();
        UUID patientId = ids[0];
        String intake = "/api/v1/intakes/" + ids[1];
        as("nurse").body(ALL_CLEAR_SCREEN).put(intake + "/eligibility/screen").then().statusCode(200)
                .body("decision", is("ELIGIBLE"));

        asPatient(patientId).body(screening("PHQ_9", "[0,0,0,0,0,0,0,0,1]")).post(intake + "/screenings").then()
                .statusCode(201).body("total", is(1)).body("band", is("NONE_MINIMAL"))
                .body("flags", contains("SUICIDE_RISK"));

        as("nurse").get("/api/v1/patients/" + patientId).then().body("suicideRiskFlaggedAt", notNullValue());
        // the flag is staff-only, as on her timeline: her own record does not show it
        asPatient(patientId).get("/api/v1/patients/" + patientId).then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("suicideRiskFlaggedAt")));
        asPatient(patientId).get("/api/v1/patients").then().statusCode(200)
                .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("suicideRiskFlaggedAt")));
        as("nurse").get(intake + "/eligibility").then().body("decision", is("NEEDS_REVIEW"))
                .body("reasons.code", hasItem("SUICIDE_RISK"));
        try (TopicReader reader = TopicReader.subscribe(Topics.ASSESSMENTS)) {
            ConsumerRecord<String, String> flagged = reader.awaitOne(
                    TopicReader.event("SuicideRiskFlagged", patientId.toString()), WAIT);
            EventContracts.assertValid("SuicideRiskFlagged", flagged.value());
            assertEquals(1, TopicReader.json(flagged).get("item9Answer").asInt());
            List<ConsumerRecord<String, String>> decisions = reader.await(
                    TopicReader.event("EligibilityDecided", patientId.toString()), 2, WAIT);
            assertEquals("NEEDS_REVIEW", TopicReader.json(decisions.get(1)).get("decision").asText(),
                    "re-decided after the flag");
        }

        String review = "{\"outcome\":\"SAFETY_PLAN_IN_PLACE\",\"note\":\"Passive ideation, no plan; safety plan agreed.\"}";
        asPatient(patientId).body(review).post("/api/v1/patients/" + patientId + "/suicide-risk-review").then()
                .statusCode(403);
        // clearing the flag is a prescriber's decision
        as("therapist").body(review).post("/api/v1/patients/" + patientId + "/suicide-risk-review").then()
                .statusCode(403);
        as("nurse").body(review).post("/api/v1/patients/" + patientId + "/suicide-risk-review").then()
                .statusCode(403);
        as("nurse").get("/api/v1/patients/" + patientId).then().body("suicideRiskFlaggedAt", notNullValue());
        as("prescriber").body(review).post("/api/v1/patients/" + patientId + "/suicide-risk-review").then()
                .statusCode(200).body("suicideRiskFlaggedAt", org.hamcrest.Matchers.nullValue());
        as("prescriber").body(review).post("/api/v1/patients/" + patientId + "/suicide-risk-review").then()
                .statusCode(409);
    }

    @Test
    void onlyAPrescriberOverridesAndOnlyWithAWrittenJustification() {
        UUID[] ids = startIntake();
        UUID patientId = ids[0];
        String intake = "/api/v1/intakes/" + ids[1];
        String etag = as("nurse").body(ALL_CLEAR_SCREEN.replace("\"systolicMmHg\":128", "\"systolicMmHg\":150"))
                .put(intake + "/eligibility/screen").then().statusCode(200)
                .body("decision", is("NEEDS_REVIEW")).body("reasons.code", contains("BLOOD_PRESSURE_ABOVE_REVIEW"))
                .extract().header("ETag");
        String justification = "Repeat BP 132/84 after 10 minutes rest; white-coat pattern documented by PCP.";
        String override = "{\"decision\":\"ELIGIBLE\",\"justification\":\"" + justification + "\"}";

        as("nurse").header("If-Match", etag).body(override).post(intake + "/eligibility/override").then().statusCode(403);
        as("prescriber").header("If-Match", etag).body("{\"decision\":\"ELIGIBLE\",\"justification\":\"ok\"}")
                .post(intake + "/eligibility/override").then().statusCode(400).contentType("application/problem+json");
        as("prescriber").header("If-Match", etag).body("{\"decision\":\"NEEDS_REVIEW\",\"justification\":\"" + justification + "\"}")
                .post(intake + "/eligibility/override").then().statusCode(400);
        as("prescriber").body(override).post(intake + "/eligibility/override").then().statusCode(428);
        as("prescriber").header("If-Match", etag).body(override).post(intake + "/eligibility/override").then()
                .statusCode(200).body("decision", is("ELIGIBLE")).body("computedDecision", is("NEEDS_REVIEW"))
                .body("override.justification", is(justification)).body("override.prescriber", is("dev-prescriber"));

        try (TopicReader reader = TopicReader.subscribe(Topics.ASSESSMENTS)) {
            ConsumerRecord<String, String> overridden = reader.await(
                    TopicReader.event("EligibilityDecided", patientId.toString()), 2, WAIT).get(1);
            EventContracts.assertValid("EligibilityDecided", overridden.value());
            assertEquals(true, TopicReader.json(overridden).get("overridden").asBoolean());
            assertFalse(overridden.value().contains("white-coat"), "the justification stays in intake");
        }
        assertEquals(1L, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.riverwoods.kap.intake.Rows.count(org.riverwoods.kap.kit.audit.AuditEntry.class,
                        "patientId = ?1 and resourceType = 'EligibilityOverride' and actor = 'dev-prescriber'", patientId)));
    }

    @Test
    void everyContraindicationAloneDecidesThroughTheApi() {
        String[][] cases = {
                { "aneurysmalVascularDiseaseOrAvm", "INELIGIBLE", "AVM_OR_ANEURYSM" },
                { "intracerebralHaemorrhageHistory", "INELIGIBLE", "INTRACEREBRAL_HAEMORRHAGE" },
                { "ketamineHypersensitivity", "INELIGIBLE", "KETAMINE_HYPERSENSITIVITY" },
                { "activePsychosisOrMania", "INELIGIBLE", "ACTIVE_PSYCHOSIS_OR_MANIA" },
                { "pregnant", "INELIGIBLE", "PREGNANT" },
                { "breastfeeding", "INELIGIBLE", "BREASTFEEDING" },
                { "uncontrolledHypertension", "INELIGIBLE", "UNCONTROLLED_HYPERTENSION" },
                { "psychosisOrManiaHistory", "NEEDS_REVIEW", "PSYCHOSIS_OR_MANIA_HISTORY" },
                { "acuteIntoxicationOrWithdrawal", "NEEDS_REVIEW", "ACUTE_INTOXICATION_OR_WITHDRAWAL" } };
        for (String[] c : cases) {
            UUID[] ids = startIntake();
            as("nurse").body(ALL_CLEAR_SCREEN.replace("\"" + c[0] + "\":false", "\"" + c[0] + "\":true"))
                    .put("/api/v1/intakes/" + ids[1] + "/eligibility/screen").then().statusCode(200)
                    .body("decision", is(c[1])).body("reasons.code", contains(c[2]));
        }
        UUID[] ids = startIntake();
        as("nurse").body(ALL_CLEAR_SCREEN.replace("\"benzodiazepineLorazepamEquivalentMgPerDay\":0",
                        "\"benzodiazepineLorazepamEquivalentMgPerDay\":4.5").replace("\"pregnant\":false", "\"pregnant\":true"))
                .put("/api/v1/intakes/" + ids[1] + "/eligibility/screen").then().statusCode(200)
                .body("decision", is("INELIGIBLE")).body("reasons.code", contains("PREGNANT", "BENZODIAZEPINES_ABOVE_LIMIT"));
    }

    @Test
    void invalidResponseSetsGetProblemDetailsAndWriteNothing() {
        UUID[] ids = startIntake();
        String screenings = "/api/v1/intakes/" + ids[1] + "/screenings";
        as("nurse").body(screening("PHQ_9", "[1,1,1]")).post(screenings).then().statusCode(400)
                .contentType("application/problem+json").body("type", is("urn:kap:problem:validation-failed"))
                .body("violations.size()", org.hamcrest.Matchers.greaterThan(0));
        as("nurse").body(screening("AUDIT", "[0,0,0,0,0,0,0,0,1,3]")).post(screenings).then().statusCode(400)
                .body("violations.field", hasItem("answers[8]")).body("violations.field", hasItem("answers[9]"));
        as("nurse").body(screening("DAST_10", "[2,0,0,0,0,0,0,0,0,0]")).post(screenings).then().statusCode(400);
        as("nurse").body(screening("GAD_7", "[0,0,0,null,0,0,0]")).post(screenings).then().statusCode(400);
        as("nurse").body(screening("PACS", "[7,0,0,0,0]")).post(screenings).then().statusCode(400);
        as("nurse").body("{\"instrument\":\"FOO\",\"answers\":[]}").post(screenings).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("instrument"));
        as("nurse").body("{\"answers\":[0]}").post(screenings).then().statusCode(400)
                .body("violations.field", hasItem("instrument"));
        as("nurse").get(screenings).then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void rolesAroundTheIntake() {
        UUID[] ids = startIntake();
        UUID[] others = startIntake();
        String intake = "/api/v1/intakes/" + ids[1];

        as("analyst").get(intake).then().statusCode(403);
        as("analyst").get(intake + "/screenings").then().statusCode(403);
        as("analyst").get("/api/v1/patients/" + ids[0] + "/consents").then().statusCode(403);
        as("therapist").post("/api/v1/patients/" + ids[0] + "/intakes").then().statusCode(403);
        as("therapist").body(ALL_CLEAR_SCREEN).put(intake + "/eligibility/screen").then().statusCode(403);
        as("nurse").post("/api/v1/patients/" + ids[0] + "/intakes").then().statusCode(409);

        asPatient(ids[0]).get(intake).then().statusCode(200);
        asPatient(ids[0]).body(screening("GAD_7", "[0,1,0,1,0,1,0]")).post(intake + "/screenings").then().statusCode(201);
        asPatient(ids[0]).body(screening("GAD_7", "[0,1,0,1,0,1,0]"))
                .post("/api/v1/intakes/" + others[1] + "/screenings").then().statusCode(403);
        asPatient(ids[0]).get("/api/v1/intakes/" + others[1]).then().statusCode(403);
        asPatient(ids[0]).body(ALCOHOL_HISTORY).put(intake + "/substance-history").then().statusCode(403);
        asPatient(ids[0]).body(TREATMENT_CONSENT).post("/api/v1/patients/" + ids[0] + "/consents").then().statusCode(403);
    }
}

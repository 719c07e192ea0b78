package org.riverwoods.kap.treatment.protocol;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.riverwoods.kap.treatment.Fixtures.as;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The seeded templates carry the published protocol values exactly. */
@QuarkusTest
class TemplateApiTest {

    @Test
    void kare() {
        as("nurse").get("/api/v1/protocol-templates/KARE").then().statusCode(200)
                .body("targetSubstances", contains("ALCOHOL")).body("route", is("IV"))
                .body("doseMgPerKg", is(0.8f)).body("infusionMinutes", is(40))
                .body("infusionCount", is(3)).body("infusionIntervalDays", is(7))
                .body("prerequisites", contains("ABSTINENT_AT_LEAST_24_HOURS"))
                .body("therapyModality", is("MINDFULNESS_BASED_RELAPSE_PREVENTION"))
                .body("relapseRule", is("CONFIRMED_RELAPSE")).body("bolusDoseMgPerKg", nullValue());
    }

    @Test
    void dakwar2019() {
        as("nurse").get("/api/v1/protocol-templates/DAKWAR_2019").then().statusCode(200)
                .body("targetSubstances", contains("COCAINE")).body("doseMgPerKg", is(0.5f))
                .body("infusionMinutes", is(40)).body("infusionCount", is(1))
                .body("firstInfusionDay", is(1)) // day 2 of the 5-day stay
                .body("therapySessionCount", is(13)).body("totalWeeks", is(5))
                .body("relapseRule", is("FIRST_USE_OR_DROPOUT"));
    }

    @Test
    void dakwar2020SplitsBolusAndMaintenance() {
        as("nurse").get("/api/v1/protocol-templates/DAKWAR_2020").then().statusCode(200)
                .body("doseMgPerKg", is(0.71f)).body("infusionMinutes", is(52))
                .body("bolusDoseMgPerKg", is(0.11f)).body("bolusMinutes", is(2))
                .body("maintenanceDoseMgPerKg", is(0.6f)).body("maintenanceMinutes", is(50))
                .body("infusionCount", is(1)).body("firstInfusionDay", is(7)) // week 2 of 5
                .body("therapyModality", is("MOTIVATIONAL_ENHANCEMENT_THERAPY")).body("therapySessionCount", is(6))
                .body("relapseRule", is("FIRST_HEAVY_DRINKING_DAY"));
    }

    @Test
    void krupitsky2007IsIntramuscular() {
        as("nurse").get("/api/v1/protocol-templates/KRUPITSKY_2007").then().statusCode(200)
                .body("targetSubstances", contains("OPIOIDS")).body("route", is("IM"))
                .body("doseMgPerKg", is(2.0f)).body("infusionMinutes", nullValue())
                .body("infusionCount", is(3)).body("infusionIntervalDays", is(30))
                .body("relapseRule", is("FIRST_USE"));
    }

    @Test
    void depressionBaseline() {
        as("analyst").get("/api/v1/protocol-templates/DEPRESSION_BASELINE").then().statusCode(200)
                .body("doseMgPerKg", is(0.5f)).body("infusionMinutes", is(40)).body("therapySessionCount", is(0));
        as("nurse").get("/api/v1/protocol-templates").then().statusCode(200)
                .body("items.code", hasItems("KARE", "DAKWAR_2019", "DAKWAR_2020", "KRUPITSKY_2007", "DEPRESSION_BASELINE"));
    }

    @Test
    void anEditWritesANewVersionAndKeepsTheOld() {
        String custom = template("CLINIC_ALCOHOL_A", "0.75");
        as("prescriber").body(custom).post("/api/v1/protocol-templates").then().statusCode(201).body("version", is(1));
        as("prescriber").body(custom).post("/api/v1/protocol-templates").then().statusCode(409);
        as("admin").body(template("CLINIC_ALCOHOL_A", "0.70")).post("/api/v1/protocol-templates/CLINIC_ALCOHOL_A/versions")
                .then().statusCode(201).body("version", is(2)).body("status", is("ACTIVE"));
        as("nurse").get("/api/v1/protocol-templates/CLINIC_ALCOHOL_A").then().body("version", is(2)).body("doseMgPerKg", is(0.7f));
        as("nurse").get("/api/v1/protocol-templates/CLINIC_ALCOHOL_A/versions/1").then().statusCode(200)
                .body("status", is("SUPERSEDED")).body("doseMgPerKg", is(0.75f));
    }

    @Test
    void invalidTemplatesAreRefusedWithProblemDetails() {
        as("nurse").body(template("CLINIC_X", "0.5")).post("/api/v1/protocol-templates").then().statusCode(403);
        as("prescriber").body(template("CLINIC_Y", "3.5")).post("/api/v1/protocol-templates").then().statusCode(400)
                .contentType("application/problem+json");
        as("prescriber").body(template("CLINIC_Z", "0.5").replace("\"infusionMinutes\":40,", "")).post("/api/v1/protocol-templates")
                .then().statusCode(400).body("detail", is("An IV template needs infusionMinutes"));
        as("prescriber").body(template("CLINIC_W", "0.5").replace("\"bolusDoseMgPerKg\":null", "\"bolusDoseMgPerKg\":0.6")
                .replace("\"bolusMinutes\":null", "\"bolusMinutes\":2")).post("/api/v1/protocol-templates")
                .then().statusCode(400).body("detail", is("The bolus must be a part of the total dose"));
        as("nurse").get("/api/v1/protocol-templates/NOPE").then().statusCode(404).contentType("application/problem+json");
        as("analyst").body(template("CLINIC_V", "0.5")).post("/api/v1/protocol-templates")
                .then().statusCode(403);
    }

    private static String template(String code, String dose) {
        return """
                {"code":"%s","name":"Clinic alcohol protocol","source":"Clinic protocol 2026","targetSubstances":["ALCOHOL"],
                 "route":"IV","doseMgPerKg":%s,"infusionMinutes":40,"bolusDoseMgPerKg":null,"bolusMinutes":null,
                 "infusionCount":3,"infusionIntervalDays":7,"firstInfusionDay":0,"prerequisites":["ABSTINENT_AT_LEAST_24_HOURS"],
                 "therapyModality":"MINDFULNESS_BASED_RELAPSE_PREVENTION","therapySessionCount":7,
                 "therapyCadence":"weekly","totalWeeks":4,"primaryOutcome":"PDA at 6 months","relapseRule":"CONFIRMED_RELAPSE"}"""
                .formatted(code, dose);
    }
}

package org.riverwoods.kap.outcomes.diary;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.riverwoods.kap.outcomes.Fixtures.as;
import static org.riverwoods.kap.outcomes.Fixtures.asPatient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.outcomes.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DiaryTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Denver"));

    @Test
    void aPatientBackfillsTheirDiaryAndEditsKeepHistory() {
        UUID patientId = Fixtures.registeredPatient();
        String diary = "/api/v1/patients/" + patientId + "/diary/";
        asPatient(patientId).body("{\"entries\":[]}").put(diary + TODAY.minusDays(2)).then().statusCode(200)
                .body("abstinent", is(true)).header("ETag", "\"0\"");
        asPatient(patientId).body("{\"entries\":[{\"substance\":\"ALCOHOL\",\"amount\":6}]}").put(diary + TODAY.minusDays(1))
                .then().statusCode(200).body("abstinent", is(false));
        asPatient(patientId).body("{\"entries\":[{\"substance\":\"ALCOHOL\",\"amount\":6.0}]}").put(diary + TODAY.minusDays(1))
                .then().statusCode(200).header("ETag", "\"0\""); // sent again after a lost answer: not a correction
        asPatient(patientId).body("{\"entries\":[{\"substance\":\"ALCOHOL\",\"amount\":2}]}").put(diary + TODAY.minusDays(1))
                .then().statusCode(428);
        asPatient(patientId).header("If-Match", "\"0\"").body("{\"entries\":[{\"substance\":\"ALCOHOL\",\"amount\":2}]}")
                .put(diary + TODAY.minusDays(1)).then().statusCode(200).header("ETag", "\"1\"");
        as("therapist").get(diary + TODAY.minusDays(1) + "/history").then().statusCode(200)
                .body("size()", is(1)).body("entries[0].amount", contains(6)).body("replacedBy[0]", is("dev-patient-" + patientId));
        as("nurse").queryParam("from", TODAY.minusDays(7).toString()).queryParam("to", TODAY.toString())
                .get("/api/v1/patients/" + patientId + "/diary").then().statusCode(200).body("totalItems", is(2))
                .body("items[1].entries[0].amount", is(2));
    }

    @Test
    void badDiaryInputIsRefused() {
        UUID patientId = Fixtures.registeredPatient();
        String diary = "/api/v1/patients/" + patientId + "/diary/";
        asPatient(patientId).body("{\"entries\":[]}").put(diary + TODAY.plusDays(1)).then().statusCode(400)
                .contentType("application/problem+json");
        asPatient(patientId).body("{\"entries\":[{\"substance\":\"WINE\",\"amount\":2}]}").put(diary + TODAY).then()
                .statusCode(400).body("violations.field", hasItem("entries[0].substance"));
        asPatient(patientId).body("{\"entries\":[{\"substance\":\"ALCOHOL\",\"amount\":-1}]}").put(diary + TODAY).then()
                .statusCode(400);
        asPatient(patientId).body("{\"entries\":[{\"substance\":\"ALCOHOL\",\"amount\":1},{\"substance\":\"ALCOHOL\",\"amount\":2}]}")
                .put(diary + TODAY).then().statusCode(400);
        asPatient(UUID.randomUUID()).body("{\"entries\":[]}").put(diary + TODAY).then().statusCode(403);
        as("analyst").body("{\"entries\":[]}").put(diary + TODAY).then().statusCode(403);
        // a malformed date in the path is the client's mistake, named, not a missing record
        asPatient(patientId).body("{\"entries\":[]}").put(diary + "yesterday").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("day"));
        asPatient(UUID.randomUUID()).body("{\"entries\":[]}").put("/api/v1/patients/00000000-0000-0000-0000-000000000000/diary/" + TODAY)
                .then().statusCode(403);
        as("nurse").body("{\"entries\":[]}").put("/api/v1/patients/" + UUID.randomUUID() + "/diary/" + TODAY)
                .then().statusCode(404).contentType("application/problem+json");
    }
}

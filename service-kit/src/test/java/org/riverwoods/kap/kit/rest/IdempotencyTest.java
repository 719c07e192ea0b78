package org.riverwoods.kap.kit.rest;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.riverwoods.kap.kit.testsupport.Api.NOTES;
import static org.riverwoods.kap.kit.testsupport.Api.as;
import static org.riverwoods.kap.kit.testsupport.Problems.assertProblem;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.kit.testsupport.Database;
import org.riverwoods.kap.kit.testsupport.NoteBody;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;

/** A client retrying a creating POST with its Idempotency-Key gets the first answer, and one record. */
@QuarkusTest
class IdempotencyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndCreatesNothing() throws Exception {
        UUID patient = UUID.randomUUID();
        String key = "retry-" + UUID.randomUUID();
        String body = NoteBody.valid(patient).json();

        Response first = as("nurse").header("Idempotency-Key", key).body(body).post(NOTES);
        Response retry = as("nurse").header("Idempotency-Key", key).body(body).post(NOTES);

        assertEquals(201, first.statusCode(), first.asString());
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals(201, retry.statusCode(), retry.asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(JSON.readTree(first.asString()), JSON.readTree(retry.asString()));
        assertEquals(1, notesOf(patient));
        String note = first.path("id");
        assertEquals(1, Database.number("select count(*) from outbox_event where subject = ?", note), "one event");
    }

    @Test
    void theSameKeyForAnotherRequestIs422() {
        UUID patient = UUID.randomUUID();
        String key = "reused-" + UUID.randomUUID();
        as("nurse").header("Idempotency-Key", key).body(NoteBody.valid(patient).json()).post(NOTES)
                .then().statusCode(201);

        String other = NoteBody.valid(patient).set("text", "\"Pangolin\"").json();
        assertProblem(as("nurse").header("Idempotency-Key", key).body(other).post(NOTES), 422, "Idempotency-Key",
                "Pangolin");
        assertEquals(1, notesOf(patient));
    }

    @Test
    void keysBelongToTheirCaller() {
        UUID patient = UUID.randomUUID();
        String key = "shared-" + UUID.randomUUID();
        String body = NoteBody.valid(patient).json();
        String byNurse = as("nurse").header("Idempotency-Key", key).body(body).post(NOTES)
                .then().statusCode(201).extract().path("id");
        String byPrescriber = as("prescriber").header("Idempotency-Key", key).body(body).post(NOTES)
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        assertNotEquals(byNurse, byPrescriber);
        assertEquals(2, notesOf(patient));
    }

    private static long notesOf(UUID patient) {
        return Database.number("select count(*) from note where patient_id = ?", patient);
    }
}

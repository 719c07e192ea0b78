package org.riverwoods.kap.intake.patient;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.intake.Fixtures.as;
import static org.riverwoods.kap.intake.Fixtures.patientJson;
import static org.riverwoods.kap.intake.Fixtures.registerPatient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.intake.events.Topics;
import org.riverwoods.kap.kit.outbox.OutboxEvent;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.TopicReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** REST -> database -> outbox -> Kafka, against the real broker and database. */
@QuarkusTest
class PatientApiTest {

    private static final Duration EVENT_WAIT = Duration.ofSeconds(15);

    @Test
    void registeringPublishesPatientRegisteredAsCloudEventWithoutIdentifiers() {
        Response created = as("nurse").body(patientJson()).post("/api/v1/patients");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/patients/"))
                .body("id", notNullValue())
                .body("weightKg", equalTo(72.5f))
                .body("registeredAt", endsWith("Z"));
        String id = created.path("id");

        try (TopicReader reader = TopicReader.subscribe(Topics.PATIENTS)) {
            ConsumerRecord<String, String> event = reader.awaitOne(TopicReader.event("PatientRegistered", id), EVENT_WAIT);
            assertEquals(id, event.key(), "keyed by patient id");
            assertEquals("1.0", TopicReader.header(event, "ce_specversion"));
            assertEquals("urn:kap:intake-service", TopicReader.header(event, "ce_source"));
            assertNotNull(UUID.fromString(TopicReader.header(event, "ce_id")));
            assertNotNull(TopicReader.header(event, "ce_time"));
            EventContracts.assertValid("PatientRegistered", event.value());
            // the whole phone number: a fragment such as "555" can occur in a random id or a timestamp
            for (String identifier : List.of("Alex", "Rivera", "example.org", "801 555 0142", "1984-03-12", "MRN-")) {
                assertFalse(event.value().contains(identifier), "event must not carry " + identifier);
            }
            assertEquals(1984, TopicReader.json(event).get("birthYear").asInt());
        }
    }

    @Test
    void readReturnsTheRecordWithItsEtag() {
        UUID id = registerPatient();
        as("therapist").get("/api/v1/patients/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("familyName", is("Rivera"))
                .body("dateOfBirth", is("1984-03-12"))
                .body("sex", is("FEMALE"));
    }

    @Test
    void updateNeedsTheCurrentEtagAndPublishesPatientUpdated() {
        UUID id = registerPatient();
        String changed = patientJson("80.0");

        as("nurse").body(changed).put("/api/v1/patients/" + id).then().statusCode(428)
                .contentType("application/problem+json");
        as("nurse").header("If-Match", "\"7\"").body(changed).put("/api/v1/patients/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("type", is("urn:kap:problem:precondition-failed"));
        as("nurse").header("If-Match", "\"0\"").body(changed).put("/api/v1/patients/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("weightKg", equalTo(80.0f));
        // the ETag just used is now stale
        as("nurse").header("If-Match", "\"0\"").body(changed).put("/api/v1/patients/" + id).then().statusCode(412);

        try (TopicReader reader = TopicReader.subscribe(Topics.PATIENTS)) {
            ConsumerRecord<String, String> event = reader.awaitOne(TopicReader.event("PatientUpdated", id.toString()),
                    EVENT_WAIT);
            EventContracts.assertValid("PatientUpdated", event.value());
            assertEquals(1, TopicReader.json(event).get("version").asInt());
            assertEquals("80.0", TopicReader.json(event).get("weightKg").decimalValue().toPlainString());
            assertEquals(1, reader.collect(TopicReader.event("PatientUpdated", id.toString()), Duration.ofMillis(500))
                    .size(), "the rejected updates published nothing");
        }
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheFirstPatient() {
        String key = UUID.randomUUID().toString();
        String body = patientJson();
        String first = as("nurse").header("Idempotency-Key", key).body(body).post("/api/v1/patients")
                .then().statusCode(201).extract().path("id");
        String second = as("nurse").header("Idempotency-Key", key).body(body).post("/api/v1/patients")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", endsWith(first)).extract().path("id");
        assertEquals(first, second);

        as("nurse").header("Idempotency-Key", key).body(patientJson()).post("/api/v1/patients")
                .then().statusCode(422).body("type", is("urn:kap:problem:idempotency-key-reused"));

        try (TopicReader reader = TopicReader.subscribe(Topics.PATIENTS)) {
            assertEquals(1, reader.collect(TopicReader.event("PatientRegistered", first), Duration.ofSeconds(2)).size());
        }
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOnePatient() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = patientJson();
        List<java.util.concurrent.Callable<String>> retries = java.util.Collections.nCopies(4,
                () -> as("nurse").header("Idempotency-Key", key).body(body).post("/api/v1/patients")
                        .then().statusCode(201).extract().path("id"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<String> ids = pool.invokeAll(retries).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).distinct().toList();
            assertEquals(1, ids.size(), "all retries answer with the same patient");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void listPagesThroughPatients() {
        registerPatient();
        registerPatient();
        as("nurse").queryParam("page", 0).queryParam("size", 1).get("/api/v1/patients").then().statusCode(200)
                .body("items.size()", is(1))
                .body("size", is(1))
                .body("totalPages", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        as("nurse").queryParam("size", 0).get("/api/v1/patients").then().statusCode(400)
                .contentType("application/problem+json");
        as("nurse").queryParam("size", 101).get("/api/v1/patients").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aDuplicateRecordNumberIsRefusedAndWritesNothing() {
        String body = patientJson();
        as("nurse").body(body).post("/api/v1/patients").then().statusCode(201);
        long patientsBefore = countPatients();
        long outboxBefore = countOutbox();
        as("nurse").body(body).post("/api/v1/patients").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("medical record number"));
        assertEquals(patientsBefore, countPatients());
        assertEquals(outboxBefore, countOutbox(), "no event for a refused registration");
    }

    @Test
    void badInputGetsProblemDetailsNeverA500() {
        long before = countPatients();
        problem(as("nurse").body("{\"givenName\": \"Alex\",").post("/api/v1/patients"), 400,
                "urn:kap:problem:malformed-request");
        problem(as("nurse").body("{}").post("/api/v1/patients"), 400, "urn:kap:problem:validation-failed")
                .then().body("violations.field", hasItem("familyName"))
                .body("violations.field", hasItem("weightKg"));
        problem(as("nurse").body(patientJson().replace("72.5", "\"heavy\"")).post("/api/v1/patients"), 400,
                "urn:kap:problem:malformed-request").then().body("detail", containsString("weightKg"));
        problem(as("nurse").body(patientJson().replace("FEMALE", "F")).post("/api/v1/patients"), 400,
                "urn:kap:problem:malformed-request").then().body("detail", containsString("sex"));
        problem(as("nurse").body(patientJson().replace("1984-03-12", "12/03/1984")).post("/api/v1/patients"), 400,
                "urn:kap:problem:malformed-request").then().body("detail", containsString("dateOfBirth"));
        problem(as("nurse").body(patientJson().replace("72.5", "3500")).post("/api/v1/patients"), 400,
                "urn:kap:problem:validation-failed").then().body("violations.field", hasItem("weightKg"));
        problem(as("nurse").body(patientJson().replace("\"sex\"", "\"gender\"")).post("/api/v1/patients"), 400,
                "urn:kap:problem:malformed-request").then().body("detail", containsString("gender"));
        problem(as("nurse").body(patientJson().replace("1984-03-12", "2100-01-01")).post("/api/v1/patients"), 400,
                "urn:kap:problem:validation-failed");
        // beyond the plausible dates (kap.input.*) a date is malformed, whatever the field's own rule
        problem(as("nurse").body(patientJson().replace("1984-03-12", "2999-01-01")).post("/api/v1/patients"), 400,
                "urn:kap:problem:malformed-request").then().body("detail", containsString("dateOfBirth"));
        problem(as("nurse").contentType("text/plain").body("hello").post("/api/v1/patients"), 415,
                "urn:kap:problem:unsupported-media-type");
        problem(as("nurse").get("/api/v1/patients/" + UUID.randomUUID()), 404, "urn:kap:problem:not-found");
        // a malformed id is the client's mistake (400), not a record that is missing (404)
        problem(as("nurse").get("/api/v1/patients/not-a-uuid"), 400, "urn:kap:problem:validation-failed")
                .then().body("violations.field", hasItem("patientId"));
        assertEquals(before, countPatients(), "nothing half-written");
    }

    private static Response problem(Response response, int status, String type) {
        response.then().statusCode(status).contentType("application/problem+json")
                .body("type", is(type)).body("status", is(status)).body("detail", notNullValue());
        return response;
    }

    static long countPatients() {
        return QuarkusTransaction.requiringNew().call(() -> Patient.count());
    }

    static long countOutbox() {
        return QuarkusTransaction.requiringNew().call(() -> org.riverwoods.kap.intake.Rows.count(OutboxEvent.class, ""));
    }
}

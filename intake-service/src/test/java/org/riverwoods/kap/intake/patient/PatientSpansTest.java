package org.riverwoods.kap.intake.patient;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.DevTokens;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A registration's name, date of birth, record number, email and phone, and the caller's identity,
 * appear in no span of its trace: not in a name, an attribute or an event, whether the request is
 * accepted, refused as invalid or refused as a duplicate, nor when the record is read back.
 */
@QuarkusTest
@TestProfile(RecordingSpans.class)
class PatientSpansTest {

    private static final String GIVEN = "Philippa";
    private static final String FAMILY = "Quintrell";
    private static final String BIRTH = "1958-07-21";
    private static final String EMAIL = "philippa.quintrell@example.org";
    private static final String PHONE = "+1 801 555 0199";
    private static final String NURSE = "nurse-wolstenholme";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void noSpanCarriesThePatientsDetails() {
        String mrn = "MRN-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"medicalRecordNumber":"%s","givenName":"%s","familyName":"%s","dateOfBirth":"%s","sex":"FEMALE",
                 "email":"%s","phone":"%s","weightKg":64.5,"weightMeasuredOn":"2026-11-20"}"""
                .formatted(mrn, GIVEN, FAMILY, BIRTH, EMAIL, PHONE);
        List<String> traces = new ArrayList<>();

        String id = traced(traces).body(body).queryParam("mrn", mrn).queryParam("name", GIVEN + " " + FAMILY)
                .post("/api/v1/patients").then().statusCode(201).extract().path("id");
        traced(traces).body(body).post("/api/v1/patients").then().statusCode(409);
        traced(traces).body(body.replace(EMAIL, GIVEN + "@@" + FAMILY)).post("/api/v1/patients").then().statusCode(400);
        traced(traces).queryParam("dateOfBirth", BIRTH).get("/api/v1/patients/" + id).then().statusCode(200);

        await("the registration's producer span",
                s -> s.getTraceId().equals(traces.get(0)) && s.getKind() == SpanKind.PRODUCER);
        for (String trace : traces) {
            await("the server span of every request",
                    s -> s.getTraceId().equals(trace) && s.getKind() == SpanKind.SERVER);
        }
        List<SpanData> recorded = spans.getFinishedSpanItems().stream().filter(s -> traces.contains(s.getTraceId()))
                .toList();
        assertTrue(recorded.stream().anyMatch(s -> s.getName().equals("POST /api/v1/patients")));
        assertTrue(recorded.stream().anyMatch(s -> s.getName().equals("GET /api/v1/patients/{patientId}")),
                "spans are named by the route template: " + recorded.stream().map(SpanData::getName).toList());

        List<String> leaks = new ArrayList<>();
        List<String> secrets = List.of(GIVEN, FAMILY, BIRTH, mrn, mrn.substring(4), EMAIL, "801 555 0199", NURSE, id);
        for (SpanData span : recorded) {
            List<String> texts = new ArrayList<>(
                    List.of(span.getName(), String.valueOf(span.getStatus().getDescription())));
            span.getAttributes().forEach((key, value) -> texts.add(key.getKey() + "=" + value));
            span.getEvents().forEach(event -> {
                texts.add(event.getName());
                event.getAttributes().forEach((key, value) -> texts.add(key.getKey() + "=" + value));
            });
            for (String text : texts) {
                secrets.stream().filter(text::contains).forEach(secret -> leaks.add(span.getName() + ": " + text));
            }
        }
        assertEquals(List.of(), leaks, "patient data in spans");
    }

    private RequestSpecification traced(List<String> traces) {
        String trace = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 32);
        traces.add(trace);
        return given().auth().oauth2(DevTokens.staff(NURSE, "nurse")).contentType(ContentType.JSON)
                .header("traceparent", "00-" + trace + "-" + trace.substring(0, 16) + "-01");
    }

    private void await(String what, Predicate<SpanData> match) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (spans.getFinishedSpanItems().stream().noneMatch(match)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " was never recorded; recorded: "
                        + spans.getFinishedSpanItems().stream().map(SpanData::getName).toList());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

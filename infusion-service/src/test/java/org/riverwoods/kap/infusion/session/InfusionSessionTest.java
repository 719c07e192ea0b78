package org.riverwoods.kap.infusion.session;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.infusion.Fixtures.CHECK_IN;
import static org.riverwoods.kap.infusion.Fixtures.as;
import static org.riverwoods.kap.infusion.Fixtures.asPatient;
import static org.riverwoods.kap.infusion.Fixtures.asStaff;
import static org.riverwoods.kap.infusion.Fixtures.awaitSession;
import static org.riverwoods.kap.infusion.Fixtures.bookInfusion;
import static org.riverwoods.kap.infusion.Fixtures.preAssessmentOk;
import static org.riverwoods.kap.infusion.Fixtures.startBody;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.infusion.Fixtures.Booked;
import org.riverwoods.kap.infusion.events.Topics;
import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.TopicReader;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** An infusion visit through the API, with the upstream events on the real broker. */
@QuarkusTest
class InfusionSessionTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    MonitoringService monitoring;

    @Inject
    MeterRegistry metrics;

    @TestHTTPResource("/api/v1/chair-board/stream")
    URI stream;

    @Test
    void noPathStartsAnInfusionBeforeTheGateTheDoseAndTheDoubleCheck() {
        Booked b = bookInfusion("IV", "0.8", 40);
        String session = "/api/v1/infusion-sessions/" + awaitSession(b);

        as("nurse").body(startBody(session)).post(session + "/start").then().statusCode(409).contentType("application/problem+json");
        as("nurse").body(CHECK_IN).post(session + "/check-in").then().statusCode(200).body("status", is("CHECKED_IN"));
        as("nurse").body(startBody(session)).post(session + "/start").then().statusCode(409);
        as("nurse").body(preAssessmentOk()).post(session + "/pre-assessment").then().statusCode(200)
                .body("status", is("PRE_ASSESSMENT_PASSED")).body("preAssessment.failures", empty());
        as("nurse").body(startBody(session)).post(session + "/start").then().statusCode(409).body("detail", containsString("verified"));

        as("nurse").body("{\"concentrationMgPerMl\":1.0,\"lotNumber\":\"KET-2611-0042\"}").post(session + "/dose")
                .then().statusCode(200)
                .body("dose.totalDoseMg", is(58.0f)).body("dose.totalVolumeMl", is(58.0f))
                .body("dose.maintenanceRateMlPerHour", is(87.0f)).body("lotNumber", is("KET-2611-0042"))
                .body("doseCalculatedBy", is("dev-nurse"));
        as("nurse").body(startBody(session)).post(session + "/start").then().statusCode(409);
        as("nurse").post(session + "/dose/verification").then().statusCode(409)
                .body("detail", containsString("second clinician"));
        asStaff("nurse-2", "nurse").post(session + "/dose/verification").then().statusCode(200)
                .body("doseVerifiedBy", is("nurse-2"));
        as("therapist").body(startBody(session)).post(session + "/start").then().statusCode(403);
        as("nurse").body(startBody(session)).post(session + "/start").then().statusCode(200).body("status", is("INFUSING"))
                .body("dosingStartedAt", notNullValue());

        try (TopicReader reader = TopicReader.subscribe(Topics.SESSIONS)) {
            String sessionId = session.substring(session.lastIndexOf('/') + 1);
            ConsumerRecord<String, String> checkedIn = reader.awaitOne(TopicReader.event("InfusionCheckedIn", sessionId), WAIT);
            EventContracts.assertValid("InfusionCheckedIn", checkedIn.value());
            assertEquals(sessionId, checkedIn.key(), "keyed by session");
            EventContracts.assertValid("InfusionStarted",
                    reader.awaitOne(TopicReader.event("InfusionStarted", sessionId), WAIT).value());
        }
    }

    @Test
    void aHighBloodPressureDefersAndEveryFixableItemIsNamed() {
        Booked b = bookInfusion("IV", "0.8", 40);
        String session = "/api/v1/infusion-sessions/" + awaitSession(b);
        as("nurse").body(CHECK_IN).post(session + "/check-in").then().statusCode(200);

        as("nurse").body(preAssessmentOk().replace("\"prescriberOnSite\":true", "\"prescriberOnSite\":false")
                        .replace("\"baselineHeartRateBpm\":74,", ""))
                .post(session + "/pre-assessment").then().statusCode(409)
                .contentType("application/problem+json").body("type", is("urn:kap:problem:safety-gate-failed"))
                .body("violations.field", hasItem("PRESCRIBER_ON_SITE"));
        as("nurse").get(session).then().body("status", is("CHECKED_IN"))
                .body("preAssessment.failures.check", hasItem("PRESCRIBER_ON_SITE"));

        as("nurse").body(preAssessmentOk().replace("\"baselineSystolicMmHg\":128", "\"baselineSystolicMmHg\":152")
                        .replace("\"baselineDiastolicMmHg\":82", "\"baselineDiastolicMmHg\":96"))
                .post(session + "/pre-assessment").then().statusCode(200).body("status", is("DEFERRED"))
                .body("statusReason", containsString("152/96"));
        as("nurse").body(startBody(session)).post(session + "/start").then().statusCode(409);

        String sessionId = session.substring(session.lastIndexOf('/') + 1);
        try (TopicReader reader = TopicReader.subscribe(Topics.SESSIONS)) {
            ConsumerRecord<String, String> deferred = reader.awaitOne(TopicReader.event("InfusionDeferred", sessionId), WAIT);
            EventContracts.assertValid("InfusionDeferred", deferred.value());
            assertEquals("BLOOD_PRESSURE", TopicReader.json(deferred).at("/failedChecks/0").asText());
        }
    }

    @Test
    void aRevokedConsentOrAPlanOnHoldStopsTheStart() {
        Booked b = bookInfusion("IV", "0.5", 40);
        String session = "/api/v1/infusion-sessions/" + awaitSession(b);
        as("nurse").body(CHECK_IN).post(session + "/check-in").then().statusCode(200);
        as("nurse").body(preAssessmentOk()).post(session + "/pre-assessment").then().statusCode(200);
        as("nurse").body("{\"concentrationMgPerMl\":1.0,\"lotNumber\":\"L1\"}").post(session + "/dose").then().statusCode(200);
        asStaff("dr-two", "prescriber").post(session + "/dose/verification").then().statusCode(200);

        org.riverwoods.kap.infusion.Fixtures.revokeConsent(b);
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> !QuarkusTransaction.requiringNew().call(
                () -> org.riverwoods.kap.infusion.consent.TreatmentConsent.validFor(b.patientId(), Instant.now())));
        as("nurse").body(startBody(session)).post(session + "/start").then().statusCode(409).body("detail", containsString("consent"));
    }

    @Test
    void vitalsRaiseAlertsAtOnceAndTheChairBoardStreamsThem() throws Exception {
        Booked b = bookInfusion("IV", "0.8", 40);
        String sessionId = awaitSession(b);
        String session = "/api/v1/infusion-sessions/" + sessionId;
        startInfusion(session);

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest subscribe = HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + DevTokens.staff("nurse"))
                .header("Accept", "text/event-stream").GET().build();
        CompletableFuture<Boolean> pushed = http.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines())
                .thenApply(r -> r.body().anyMatch(line -> line.contains(sessionId) && line.contains("SEVERE_HYPERTENSION")));
        Thread.sleep(500); // let the subscription open

        double hypoxaemiaBefore = hypoxaemiaAlertsCounted();
        String reading = "{\"systolicMmHg\":126,\"diastolicMmHg\":80,\"heartRateBpm\":80,\"spo2Percent\":98,"
                + "\"respiratoryRatePerMinute\":14,\"moaas\":4,\"cadssTotal\":8,\"source\":\"MONITOR\"}";
        String first = as("nurse").header("Idempotency-Key", "feed-" + sessionId).body(reading)
                .post(session + "/vitals").then().statusCode(201).body("alerts", empty()).extract().path("reading.id");
        // the monitor feed sends the reading again after a lost answer: the first answer, one reading kept
        as("nurse").header("Idempotency-Key", "feed-" + sessionId).body(reading).post(session + "/vitals").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("reading.id", is(first));
        as("nurse").get(session + "/vitals").then().statusCode(200).body("size()", is(1));
        as("nurse").body("{\"systolicMmHg\":185,\"diastolicMmHg\":100,\"spo2Percent\":90}")
                .post(session + "/vitals").then().statusCode(201)
                .body("alerts.rule", hasItem("SEVERE_HYPERTENSION")).body("alerts.rule", hasItem("HYPOXAEMIA"))
                .body("alerts.find { it.rule == 'HYPOXAEMIA' }.level", is("STOP"))
                .body("alerts.find { it.rule == 'SEVERE_HYPERTENSION' }.level", is("PAUSE"));
        assertTrue(pushed.get(10, TimeUnit.SECONDS), "the chair board stream pushed the alert");
        assertEquals(hypoxaemiaBefore + 1, hypoxaemiaAlertsCounted(), "the committed alert is counted once");

        as("nurse").get("/api/v1/chair-board").then().statusCode(200)
                .body("find { it.sessionId == '" + sessionId + "' }.alertState", is("STOP"))
                .body("find { it.sessionId == '" + sessionId + "' }.latestVitals.systolicMmHg", is(185));

        try (TopicReader reader = TopicReader.subscribe(Topics.SAFETY, Topics.VITALS)) {
            reader.await(TopicReader.event("VitalsRecorded", sessionId), 2, WAIT)
                    .forEach(r -> EventContracts.assertValid("VitalsRecorded", r.value()));
            reader.await(TopicReader.event("SafetyAlertRaised", sessionId), 2, WAIT)
                    .forEach(r -> EventContracts.assertValid("SafetyAlertRaised", r.value()));
        }
    }

    @Test
    void anOverdueBloodPressureGetsOneReminder() {
        Booked b = bookInfusion("IV", "0.8", 40);
        String sessionId = awaitSession(b);
        startInfusion("/api/v1/infusion-sessions/" + sessionId);
        UUID id = UUID.fromString(sessionId);
        Instant later = Instant.now().plus(Duration.ofMinutes(11));
        QuarkusTransaction.requiringNew().run(() -> monitoring.remindIfOverdue(id, later));
        QuarkusTransaction.requiringNew().run(() -> monitoring.remindIfOverdue(id, later.plusSeconds(30)));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(
                () -> SafetyAlertEntity.count("sessionId = ?1 and rule = 'BLOOD_PRESSURE_OVERDUE'", id)));
    }

    @Test
    void aSeriousAdverseEventIsReportedToTreatmentAndDischargeWaitsForTheObservationTime() {
        Booked b = bookInfusion("IV", "0.8", 40);
        String sessionId = awaitSession(b);
        String session = "/api/v1/infusion-sessions/" + sessionId;
        startInfusion(session);
        as("nurse").body("{\"type\":\"RESPIRATORY_DEPRESSION\",\"severity\":\"SERIOUS\",\"actionsTaken\":[\"INFUSION_STOPPED\",\"OXYGEN\"]}")
                .post(session + "/adverse-events").then().statusCode(201).body("severity", is("SERIOUS"));
        as("nurse").post(session + "/infusion-end").then().statusCode(200).body("status", is("RECOVERY"));
        as("nurse").body("{\"systolicMmHg\":130,\"diastolicMmHg\":84,\"heartRateBpm\":76,\"moaas\":5}")
                .post(session + "/vitals").then().statusCode(201);
        as("nurse").body("{\"driverPresent\":true}").post(session + "/discharge").then().statusCode(409)
                .body("violations.field", contains("MINIMUM_OBSERVATION"));
        as("nurse").body("{\"driverPresent\":false}").post(session + "/discharge").then().statusCode(409)
                .body("violations.field", hasItem("DRIVER_PRESENT"));

        try (TopicReader reader = TopicReader.subscribe(Topics.SAFETY)) {
            ConsumerRecord<String, String> sae = reader.awaitOne(TopicReader.event("SeriousAdverseEventReported", sessionId), WAIT);
            EventContracts.assertValid("SeriousAdverseEventReported", sae.value());
            assertEquals(b.planId().toString(), TopicReader.json(sae).get("planId").asText());
            EventContracts.assertValid("AdverseEventReported",
                    reader.awaitOne(TopicReader.event("AdverseEventReported", sessionId), WAIT).value());
        }
    }

    @Test
    void aCompletedSessionIsDischargedWithItsMonitoringRecord() {
        Booked b = bookInfusion("IV", "0.8", 40);
        String sessionId = awaitSession(b);
        String session = "/api/v1/infusion-sessions/" + sessionId;
        startInfusion(session);
        UUID id = UUID.fromString(sessionId);
        // two hours of observation, without waiting for them: the dosing started 125 minutes ago
        Instant dosed = Instant.now().minus(Duration.ofMinutes(125));
        QuarkusTransaction.requiringNew().run(() -> {
            InfusionSession s = InfusionSession.findById(id);
            s.dosingStartedAt = dosed;
        });
        as("nurse").body("{\"takenAt\":\"" + dosed.plus(Duration.ofMinutes(41)) + "\",\"systolicMmHg\":146,"
                + "\"diastolicMmHg\":92,\"heartRateBpm\":88,\"spo2Percent\":97,\"moaas\":4,\"cadssTotal\":14}")
                .post(session + "/vitals").then().statusCode(201);
        as("nurse").post(session + "/infusion-end").then().statusCode(200);
        as("nurse").body("{\"systolicMmHg\":132,\"diastolicMmHg\":84,\"heartRateBpm\":78,\"spo2Percent\":98,\"moaas\":5,"
                + "\"cadssTotal\":0}").post(session + "/vitals").then().statusCode(201);
        as("nurse").body("{\"driverPresent\":true}").post(session + "/discharge").then().statusCode(200)
                .body("status", is("DISCHARGED")).body("dischargedAt", notNullValue());

        as("prescriber").get(session + "/monitoring-record").then().statusCode(200)
                .body("totalDoseMg", is(58.0f)).body("lotNumber", is("L1"))
                .body("totalMonitoringMinutes", org.hamcrest.Matchers.greaterThanOrEqualTo(125))
                .body("beforeDosing.systolicMmHg", is(128)).body("atAbout40Minutes.systolicMmHg", is(146))
                .body("beforeDischarge.systolicMmHg", is(132)).body("dissociationEvent", is(true))
                .body("sedationEvent", is(false)).body("respiratoryDepressionEvent", is(false))
                .body("concomitantMedications.maois", is(false));
        try (TopicReader reader = TopicReader.subscribe(Topics.SESSIONS)) {
            ConsumerRecord<String, String> completed = reader.awaitOne(TopicReader.event("InfusionCompleted", sessionId), WAIT);
            EventContracts.assertValid("InfusionCompleted", completed.value());
            assertEquals(0, TopicReader.json(completed).get("adverseEventCount").asInt());
        }
    }

    @Test
    void anAbortedInfusionIsStillWatched() {
        Booked b = bookInfusion("IV", "0.8", 40);
        String sessionId = awaitSession(b);
        String session = "/api/v1/infusion-sessions/" + sessionId;
        startInfusion(session);
        as("nurse").body("{\"reason\":\"SpO2 88% despite oxygen\"}").post(session + "/abort").then().statusCode(200)
                .body("status", is("ABORTED"));
        as("nurse").body("{\"spo2Percent\":90}").post(session + "/vitals").then().statusCode(201)
                .body("alerts.rule", hasItem("HYPOXAEMIA"));
        try (TopicReader reader = TopicReader.subscribe(Topics.SESSIONS)) {
            EventContracts.assertValid("InfusionAborted",
                    reader.awaitOne(TopicReader.event("InfusionAborted", sessionId), WAIT).value());
        }
    }

    @Test
    void aDoseAboveTheCapIsRefused() {
        Booked b = bookInfusion("IM", "2.0", null);
        String session = "/api/v1/infusion-sessions/" + awaitSession(b);
        as("nurse").body(CHECK_IN.replace("72.5", "110.0")).post(session + "/check-in").then().statusCode(200);
        as("nurse").body(preAssessmentOk()).post(session + "/pre-assessment").then().statusCode(200);
        as("nurse").body("{\"concentrationMgPerMl\":50,\"lotNumber\":\"L2\"}").post(session + "/dose").then()
                .statusCode(409).body("detail", containsString("cap"));
    }

    @Test
    void aDuplicateInfusionScheduledMakesOneSessionAndAMoveUpdatesIt() {
        Booked b = bookInfusion("IV", "0.8", 40);
        String sessionId = awaitSession(b);
        Instant moved = Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String again = infusionScheduled(b, 2, "0.6", moved);
        String eventId = UUID.randomUUID().toString();
        try (org.riverwoods.kap.testing.EventSender sender = new org.riverwoods.kap.testing.EventSender()) {
            sender.sendCloudEvent("treatment.appointments", b.patientId().toString(), eventId, "InfusionScheduled",
                    "urn:kap:treatment-service", again);
            sender.sendCloudEvent("treatment.appointments", b.patientId().toString(), eventId, "InfusionScheduled",
                    "urn:kap:treatment-service", again);
        }
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> as("nurse").get("/api/v1/infusion-sessions/" + sessionId)
                .then().body("planVersion", is(2)).body("order.doseMgPerKg", is(0.6f)));
        as("nurse").get("/api/v1/patients/" + b.patientId() + "/infusion-sessions").then().body("totalItems", is(1));
    }

    @Test
    void aDeferredInfusionRescheduledLaterIsANewVisitAndTheDeferredDayKeepsItsRecord() {
        Booked b = bookInfusion("IV", "0.8", 40);
        String deferredId = awaitSession(b);
        String deferred = "/api/v1/infusion-sessions/" + deferredId;
        as("nurse").body(CHECK_IN).post(deferred + "/check-in").then().statusCode(200);
        as("nurse").body(preAssessmentOk().replace("\"baselineSystolicMmHg\":128", "\"baselineSystolicMmHg\":150"))
                .post(deferred + "/pre-assessment").then().statusCode(200).body("status", is("DEFERRED"));

        Instant nextDay = Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String rescheduled = infusionScheduled(b, 1, "0.8", nextDay);
        try (org.riverwoods.kap.testing.EventSender sender = new org.riverwoods.kap.testing.EventSender()) {
            sender.sendCloudEvent("treatment.appointments", b.patientId().toString(), UUID.randomUUID().toString(),
                    "InfusionScheduled", "urn:kap:treatment-service", rescheduled);
        }
        String sessions = "/api/v1/patients/" + b.patientId() + "/infusion-sessions";
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> as("nurse").get(sessions)
                .then().body("totalItems", is(2)));
        as("nurse").get(sessions).then().body("items.status", contains("DEFERRED", "SCHEDULED"))
                .body("items[1].scheduledStart", is(nextDay.toString()));
        as("nurse").get(deferred).then().body("status", is("DEFERRED")).body("statusReason", containsString("150"));
        // the gate's record and the reason are staff reasoning: she sees that the visit was deferred
        asPatient(b.patientId()).get(deferred).then().statusCode(200).body("status", is("DEFERRED"))
                .body("statusReason", org.hamcrest.Matchers.nullValue())
                .body("preAssessment", org.hamcrest.Matchers.nullValue()).body("preAssessmentRuns", empty());
        String newVisit = as("nurse").get(sessions).then().extract().path("items[1].id");
        as("nurse").get("/api/v1/infusion-sessions/" + newVisit).then().body("appointmentId", is(b.appointmentId().toString()));
        // the new visit is tomorrow: nobody checks the patient in for it today
        as("nurse").body(CHECK_IN).post("/api/v1/infusion-sessions/" + newVisit + "/check-in").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("booked for"));
    }

    @Test
    void rolesAndBadInput() {
        Booked b = bookInfusion("IV", "0.8", 40);
        String sessionId = awaitSession(b);
        String session = "/api/v1/infusion-sessions/" + sessionId;
        as("therapist").body(CHECK_IN).post(session + "/check-in").then().statusCode(403);
        as("analyst").get(session).then().statusCode(403);
        asPatient(b.patientId()).get(session).then().statusCode(200);
        asPatient(UUID.randomUUID()).get(session).then().statusCode(403);
        io.restassured.RestAssured.given().get(session).then().statusCode(401);
        as("nurse").body("{\"weightKg\":\"heavy\"}").post(session + "/check-in").then().statusCode(400)
                .contentType("application/problem+json");
        as("nurse").body("{\"weightKg\":72.5}").post(session + "/check-in").then().statusCode(400)
                .body("violations.field", hasItem("concomitantMedications"));
        as("nurse").get("/api/v1/infusion-sessions/" + UUID.randomUUID()).then().statusCode(404);
        as("nurse").body(CHECK_IN).post(session + "/check-in").then().statusCode(200);
        as("nurse").body(CHECK_IN).post(session + "/check-in").then().statusCode(409)
                .body("detail", containsString("cannot become"));
    }

    /** Treatment's InfusionScheduled for the booked appointment, as sent when it is moved or amended. */
    private static String infusionScheduled(Booked b, int planVersion, String doseMgPerKg, Instant start) {
        return """
                {"appointmentId":"%s","patientId":"%s","planId":"%s","planVersion":%d,"infusionNumber":1,"infusionCount":3,
                 "scheduledStart":"%s","visitMinutes":160,"route":"IV","doseMgPerKg":%s,"infusionMinutes":40,
                 "bolusDoseMgPerKg":null,"bolusMinutes":null,"prescriber":"dr-signer"}"""
                .formatted(b.appointmentId(), b.patientId(), b.planId(), planVersion, start, doseMgPerKg);
    }

    private double hypoxaemiaAlertsCounted() {
        return metrics.counter("kap.infusion.safety.alerts", "rule", "HYPOXAEMIA", "level", "STOP").count();
    }

    private static void startInfusion(String session) {
        as("nurse").body(CHECK_IN).post(session + "/check-in").then().statusCode(200);
        as("nurse").body(preAssessmentOk()).post(session + "/pre-assessment").then().statusCode(200);
        as("nurse").body("{\"concentrationMgPerMl\":1.0,\"lotNumber\":\"L1\"}").post(session + "/dose").then().statusCode(200);
        asStaff("nurse-2", "nurse").post(session + "/dose/verification").then().statusCode(200);
        as("nurse").body(startBody(session)).post(session + "/start").then().statusCode(200);
    }
}

package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.journey.Journeys.EVENTUAL;
import static org.riverwoods.kap.journey.Journeys.event;
import static org.riverwoods.kap.journey.Journeys.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.TopicReader;
import org.riverwoods.kap.testing.journey.ApiResponse;
import org.riverwoods.kap.testing.journey.Await;
import org.riverwoods.kap.testing.journey.ClinicSteps;

/**
 * Journey 7: a fact changes in one service while the patient sits in another's chair. The gate, the
 * dose check and the start act on the facts as they stand, never on a copy that lags.
 */
class FactsChangingAtTheChairIT {

    private static final String FACTS_NOT_CONFIRMED = "urn:kap:problem:facts-not-confirmed";

    /**
     * What this journey measured on the platform: how long infusion-service's safety decisions waited
     * to confirm the facts, and the window they cannot see (commit to publish in intake's and
     * treatment's outboxes).
     */
    @AfterAll
    static void reportConfirmationWaitsAndTheOutboxWindow() throws Exception {
        report("infusion-service", JourneyPlatform.urls().infusion(), "kap_facts_confirmation_seconds");
        report("intake-service", JourneyPlatform.urls().intake(), "kap_outbox_commit_to_publish_seconds");
        report("treatment-service", JourneyPlatform.urls().treatment(), "kap_outbox_commit_to_publish_seconds");
    }

    private static void report(String service, String baseUrl, String metric) throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        metrics.body().lines().filter(l -> l.startsWith(metric)
                && (l.contains("quantile") || l.contains("_count") || l.contains("_max")))
                .forEach(l -> System.out.println("  [journey 7] " + service + " " + l));
    }

    @Test
    void aStartSentAtOnceAfterTheConsentIsRevokedIsRefused() {
        ClinicSteps clinic = Journeys.clinic("journey 7, revoked consent");
        Journeys.ActivePatient patient = Journeys.activePatient(clinic, "FEMALE");
        UUID session = readyToStart(clinic, patient);

        clinic.revokeConsent(patient.patientId(), patient.treatmentConsentId(), "Patient withdrew consent");
        ApiResponse start = clinic.tryStart(session);

        assertNotEquals(200, start.status(), "a start right after the revocation must never infuse");
        assertRefusedOrNotConfirmed(start, "consent");
        ApiResponse later = Await.until("the start refused for the consent", EVENTUAL, () -> {
            ApiResponse again = clinic.tryStart(session);
            return again.status() == 409 ? again : null;
        });
        assertTrue(later.text("/detail").contains("consent"), later.text("/detail"));
        assertEquals("PRE_ASSESSMENT_PASSED", clinic.session(session).path("status").asText());
    }

    @Test
    void anOrderAmendedAfterTheDoseCheckNeedsANewDoseAndCheck() {
        ClinicSteps clinic = Journeys.clinic("journey 7, amended order");
        Journeys.ActivePatient patient = Journeys.activePatient(clinic, "MALE");
        UUID session = readyToStart(clinic, patient);
        String before = clinic.session(session).path("dose").path("totalDoseMg").asText();

        try (TopicReader appointments = TopicReader.subscribe("treatment.appointments")) {
            clinic.amendDose(patient.planId(), "0.5", "Emergence reactions at the first dose");
            appointments.awaitOne(r -> event("InfusionScheduled", patient.planId()).test(r)
                    && json(r).path("planVersion").asInt() > 1, EVENTUAL);
            // the amendment is on the topic: infusion-service must have applied it before it decides
            ApiResponse start = clinic.tryStart(session);
            assertEquals(409, start.status(), start.toString());
            assertTrue(start.text("/detail").contains("amended"), start.text("/detail"));
        }

        JsonNode dose = clinic.doseAndCheck(session);
        assertNotEquals(before, dose.path("totalDoseMg").asText(), "the dose follows the amended order");
        assertEquals(0, clinic.session(session).path("order").path("doseMgPerKg").decimalValue()
                .compareTo(new java.math.BigDecimal("0.5")));
        assertEquals(200, clinic.tryStart(session).status());
    }

    @Test
    void aVisitCancelledAfterCheckInCannotStart() {
        ClinicSteps clinic = Journeys.clinic("journey 7, cancelled visit");
        Journeys.ActivePatient patient = Journeys.activePatient(clinic, "FEMALE");
        JsonNode booked = clinic.awaitSessions(patient.patientId(), 3).get(0);
        UUID session = UUID.fromString(booked.path("id").asText());
        clinic.checkIn(session, "70.0");

        try (TopicReader appointments = TopicReader.subscribe("treatment.appointments")) {
            clinic.cancelAppointment(UUID.fromString(booked.path("appointmentId").asText()), "Patient unwell today");
            appointments.awaitOne(event("AppointmentCancelled", booked.path("appointmentId").asText()), EVENTUAL);
            ApiResponse gate = clinic.tryPreAssessment(session, fitPatient(true));
            assertEquals(409, gate.status(), gate.toString());
            assertTrue(gate.text("/detail").contains("cancelled"), gate.text("/detail"));
        }
        assertEquals(409, clinic.tryStart(session).status());
        assertEquals("CANCELLED", clinic.session(session).path("status").asText());
    }

    @Test
    void aWorseBloodPressureOnReassessmentDefersAndEveryRunIsKept() {
        ClinicSteps clinic = Journeys.clinic("journey 7, re-assessment");
        Journeys.ActivePatient patient = Journeys.activePatient(clinic, "MALE");
        UUID session = UUID.fromString(clinic.awaitSessions(patient.patientId(), 3).get(0).path("id").asText());
        clinic.checkIn(session, "82.0");

        assertEquals("PRE_ASSESSMENT_PASSED", clinic.preAssessment(session, 128, 82).path("status").asText());
        JsonNode again = clinic.preAssessment(session, 170, 100);

        assertEquals("DEFERRED", again.path("status").asText(), "the latest run decides");
        assertTrue(again.path("statusReason").asText().contains("170/100"), again.path("statusReason").asText());
        assertEquals(2, again.path("preAssessmentRuns").size(), "every run is kept for the record");
        assertEquals(true, again.at("/preAssessmentRuns/0/passed").asBoolean());
        assertEquals(409, clinic.tryStart(session).status());
    }

    @Test
    void aMissingBaselineHeartRateIsNamedByTheGate() {
        ClinicSteps clinic = Journeys.clinic("journey 7, baseline vitals");
        Journeys.ActivePatient patient = Journeys.activePatient(clinic, "FEMALE");
        UUID session = UUID.fromString(clinic.awaitSessions(patient.patientId(), 3).get(0).path("id").asText());
        clinic.checkIn(session, "70.0");

        ApiResponse gate = clinic.tryPreAssessment(session, fitPatient(false));

        assertEquals(409, gate.status(), gate.toString());
        assertTrue(gate.text("/detail").contains("heart rate"), gate.text("/detail"));
        assertEquals("BASELINE_VITALS", gate.text("/violations/0/field"));
        assertEquals("CHECKED_IN", clinic.session(session).path("status").asText());
    }

    @Test
    void suicideRiskDuringTreatmentReachesThePlanTheGateAndTheBoardAndOneReviewClearsIt() {
        ClinicSteps clinic = Journeys.clinic("journey 7, suicide risk");
        Journeys.ActivePatient patient = Journeys.activePatient(clinic, "FEMALE");
        UUID session = UUID.fromString(clinic.awaitSessions(patient.patientId(), 3).get(0).path("id").asText());

        clinic.questionnaire(patient.patientId(), "PHQ_9", "[1,1,1,1,0,0,0,0,1]");
        Await.until("the plan to show the suicide risk", EVENTUAL,
                () -> clinic.plan(patient.planId()).at("/suicideRisk/open").asBoolean() ? true : null);
        clinic.checkIn(session, "70.0");
        ApiResponse gate = clinic.tryPreAssessment(session, fitPatient(true));
        assertEquals(409, gate.status(), gate.toString());
        assertTrue(gate.body().toString().contains("SUICIDE_RISK_REVIEWED"), gate.toString());
        JsonNode row = rowOf(clinic.chairBoard(), session);
        assertTrue(row.path("suicideRiskOpen").asBoolean(), row.toString());

        Await.until("intake to know the flag and take the review", EVENTUAL, () -> {
            try {
                return clinic.reviewSuicideRisk(patient.patientId());
            } catch (RuntimeException notYet) {
                return null;
            }
        });
        Await.until("the plan to show the review", EVENTUAL,
                () -> clinic.plan(patient.planId()).at("/suicideRisk/open").asBoolean() ? null : true);
        assertEquals("PRE_ASSESSMENT_PASSED", clinic.preAssessment(session, 128, 82).path("status").asText());
        assertTrue(!rowOf(clinic.chairBoard(), session).path("suicideRiskOpen").asBoolean());
    }

    @Test
    void aPatientBookedForAnotherDayIsOnTodaysBoardOnceInTheChair() {
        ClinicSteps clinic = Journeys.clinic("journey 7, chair board");
        Journeys.ActivePatient patient = Journeys.activePatient(clinic, "MALE");
        List<JsonNode> sessions = clinic.awaitSessions(patient.patientId(), 3);
        JsonNode later = sessions.get(2);
        Instant bookedFor = Instant.parse(later.path("scheduledStart").asText());
        assertTrue(bookedFor.isAfter(Instant.now().plus(1, ChronoUnit.DAYS)), "booked for another day: " + bookedFor);
        UUID session = UUID.fromString(later.path("id").asText());

        clinic.checkIn(session, "82.0");

        JsonNode row = rowOf(clinic.chairBoard(), session);
        assertEquals("CHECKED_IN", row.path("status").asText());
    }

    /** Checked in, gate passed, dose calculated and checked: one step from the start. */
    private static UUID readyToStart(ClinicSteps clinic, Journeys.ActivePatient patient) {
        UUID session = UUID.fromString(clinic.awaitSessions(patient.patientId(), 3).get(0).path("id").asText());
        clinic.checkIn(session, "76.0");
        assertEquals("PRE_ASSESSMENT_PASSED", clinic.preAssessment(session, 128, 82).path("status").asText());
        clinic.doseAndCheck(session);
        return session;
    }

    /** Refused for the named reason, or refused because the facts could not be confirmed yet: never started. */
    private static void assertRefusedOrNotConfirmed(ApiResponse answer, String reason) {
        if (answer.status() == 503) {
            assertEquals(FACTS_NOT_CONFIRMED, answer.text("/type"), answer.toString());
        } else {
            assertEquals(409, answer.status(), answer.toString());
            assertTrue(answer.text("/detail").contains(reason), answer.text("/detail"));
        }
    }

    private static String fitPatient(boolean withHeartRate) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return """
                {"lastSolidsAt":"%s","lastClearLiquidsAt":"%s","pregnancyTestApplicable":false,
                 "breathAlcoholGramsPerDecilitre":0,"selfReportedIntoxication":false,"baselineSystolicMmHg":128,
                 "baselineDiastolicMmHg":82,%s"baselineSpo2Percent":98,"baselineRespiratoryRatePerMinute":14,
                 "prescriberOnSite":true}""".formatted(now.minus(8, ChronoUnit.HOURS), now.minus(3, ChronoUnit.HOURS),
                withHeartRate ? "\"baselineHeartRateBpm\":74," : "");
    }

    private static JsonNode rowOf(List<JsonNode> board, UUID session) {
        return board.stream().filter(r -> session.toString().equals(r.path("sessionId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("session " + session + " not on today's board"));
    }
}

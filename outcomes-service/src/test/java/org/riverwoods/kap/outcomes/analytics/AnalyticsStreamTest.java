package org.riverwoods.kap.outcomes.analytics;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.outcomes.Fixtures.asPatient;
import static org.riverwoods.kap.outcomes.Fixtures.publish;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.outcomes.deidentify.IdentifierScanner;
import org.riverwoods.kap.outcomes.profile.PatientProfile;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.TopicReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Only consenting patients reach the analytics topic, and nothing on it identifies anyone. */
@QuarkusTest
class AnalyticsStreamTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Denver"));
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void consentingPatientsFactsAreDeidentifiedAndRevocationStopsThem() {
        UUID consenting = enrolledPatient(true);
        UUID notConsenting = enrolledPatient(false);
        UUID consentId = QuarkusTransaction.requiringNew().call(() -> PatientProfile.<PatientProfile>findById(consenting).analyticsConsentId);

        asPatient(consenting).body("{\"entries\":[{\"substance\":\"ALCOHOL\",\"amount\":3}]}")
                .put("/api/v1/patients/" + consenting + "/diary/" + TODAY.minusDays(2)).then().statusCode(200);
        asPatient(notConsenting).body("{\"entries\":[]}")
                .put("/api/v1/patients/" + notConsenting + "/diary/" + TODAY.minusDays(2)).then().statusCode(200);

        String pseudonym;
        try (TopicReader reader = TopicReader.subscribe("analytics.outcomes")) {
            List<ConsumerRecord<String, String>> all = reader.collect(r -> true, Duration.ofSeconds(4));
            ConsumerRecord<String, String> fact = reader.awaitOne(r -> "SUBSTANCE_USE_DAY".equals(
                    TopicReader.json(r).path("measure").asText()) && TopicReader.json(r).path("dayOffset").asInt() == -2
                    && TopicReader.json(r).path("protocol").asText().equals("KARE"), WAIT);
            EventContracts.assertValid("AnalyticsOutcomeRecorded", fact.value());
            pseudonym = fact.key();
            assertTrue(pseudonym.matches("p_[0-9a-f]{32}"));
            assertEquals("35-44", TopicReader.json(fact).get("ageBand").asText(), "born 1984, enrolled 2026: 42");
            assertEquals("KARE", TopicReader.json(fact).get("protocol").asText());
            assertNull(fact.headers().lastHeader("ce_time"));
            assertEquals(1L, fact.timestamp(), "a constant record timestamp: no send time");
            for (ConsumerRecord<String, String> record : reader.collect(r -> true, Duration.ofMillis(500))) {
                assertNoIdentifiers(record, consenting, notConsenting);
            }
            assertTrue(all.stream().noneMatch(r -> r.value().contains(notConsenting.toString())));
        }

        publish("intake.consents", "ConsentRevoked", consenting, """
                {"consentId":"%s","patientId":"%s","kind":"PART2_DEIDENTIFIED_DISCLOSURE","revokedAt":"2026-11-26T10:00:00Z"}"""
                .formatted(consentId, consenting));
        await().atMost(WAIT).until(() -> !QuarkusTransaction.requiringNew()
                .call(() -> PatientProfile.<PatientProfile>findById(consenting).analyticsConsent));
        asPatient(consenting).body("{\"entries\":[]}")
                .put("/api/v1/patients/" + consenting + "/diary/" + TODAY.minusDays(1)).then().statusCode(200);
        try (TopicReader reader = TopicReader.subscribe("analytics.outcomes")) {
            List<ConsumerRecord<String, String>> after = reader.collect(
                    r -> pseudonym.equals(r.key()) && TopicReader.json(r).path("dayOffset").asInt() == -1,
                    Duration.ofSeconds(4));
            assertTrue(after.isEmpty(), "nothing is published after the revocation");
        }
    }

    private static void assertNoIdentifiers(ConsumerRecord<String, String> record, UUID... patients) {
        assertNull(record.headers().lastHeader("traceparent"), "no trace context links it to a clinical request");
        assertEquals(List.of(), IdentifierScanner.findIdentifiers(record.value(), List.of("Alex", "Rivera")),
                "analytics payload: " + record.value());
        for (Header header : record.headers()) {
            String value = new String(header.value(), StandardCharsets.UTF_8);
            for (UUID patient : patients) {
                assertFalse(value.contains(patient.toString()), header.key() + " carries a patient id");
            }
            assertFalse(value.matches(".*\\d{4}-\\d{2}-\\d{2}.*"), header.key() + " carries a date");
        }
        for (UUID patient : patients) {
            assertFalse(record.key().contains(patient.toString()), "the key is a pseudonym");
        }
    }

    private static UUID enrolledPatient(boolean analyticsConsent) {
        UUID patientId = UUID.randomUUID();
        publish("intake.patients", "PatientRegistered", patientId, """
                {"patientId":"%s","sex":"FEMALE","birthYear":1984,"weightKg":72.5,"weightMeasuredOn":"2026-11-20",
                 "registeredAt":"2026-11-20T09:00:00Z"}""".formatted(patientId));
        if (analyticsConsent) {
            publish("intake.consents", "ConsentGranted", patientId, """
                    {"consentId":"%s","patientId":"%s","kind":"PART2_DEIDENTIFIED_DISCLOSURE","documentVersion":"P2-1",
                     "scope":["PROGRAM_ANALYTICS"],"signedAt":"2026-11-20T09:40:00Z","expiresOn":null}"""
                    .formatted(UUID.randomUUID(), patientId));
        }
        UUID planId = UUID.randomUUID();
        publish("treatment.plans", "TreatmentPlanApproved", patientId, """
                {"planId":"%s","patientId":"%s","intakeId":"%s","planVersion":1,"templateCode":"KARE","templateVersion":1,
                 "primarySubstance":"ALCOHOL","relapseRule":"CONFIRMED_RELAPSE",
                 "prescription":{"route":"IV","doseMgPerKg":0.8,"infusionMinutes":40,"bolusDoseMgPerKg":null,"bolusMinutes":null,
                   "infusionCount":3,"infusionIntervalDays":7,"firstInfusionDay":0},
                 "therapyModality":"MINDFULNESS_BASED_RELAPSE_PREVENTION","therapySessionCount":7,"totalWeeks":4,
                 "prescriber":"dr-a","approvedAt":"2026-11-25T09:00:00Z","prescriptionDigest":"%s"}"""
                .formatted(planId, patientId, UUID.randomUUID(), "0".repeat(64)));
        publish("treatment.plans", "TreatmentPlanStatusChanged", patientId, """
                {"planId":"%s","patientId":"%s","planVersion":1,"templateCode":"KARE","templateVersion":1,
                 "previousStatus":"APPROVED","status":"ACTIVE","reason":"Start","changedAt":"2026-11-26T09:00:00Z",
                 "startDate":"%s"}"""
                .formatted(planId, patientId, TODAY));
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            PatientProfile p = PatientProfile.findById(patientId);
            return p != null && p.planStartedOn != null && p.templateCode != null && p.birthYear != null
                    && p.analyticsConsent == analyticsConsent;
        }));
        return patientId;
    }
}

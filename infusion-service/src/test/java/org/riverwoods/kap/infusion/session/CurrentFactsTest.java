package org.riverwoods.kap.infusion.session;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.infusion.Fixtures.CHECK_IN;
import static org.riverwoods.kap.infusion.Fixtures.as;
import static org.riverwoods.kap.infusion.Fixtures.asStaff;
import static org.riverwoods.kap.infusion.Fixtures.awaitSession;
import static org.riverwoods.kap.infusion.Fixtures.bookInfusion;
import static org.riverwoods.kap.infusion.Fixtures.preAssessmentOk;
import static org.riverwoods.kap.infusion.Fixtures.startBody;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.infusion.Fixtures;
import org.riverwoods.kap.infusion.Fixtures.Booked;
import org.riverwoods.kap.infusion.consent.TreatmentConsent;
import org.riverwoods.kap.infusion.events.Topics;
import org.riverwoods.kap.kit.freshness.CurrentFacts;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.EventSender;
import org.riverwoods.kap.testing.TopicReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Safety decisions on current facts, against the real broker: a start waits for this service to
 * apply every event about the patient already published, and refuses while it cannot; a fact that
 * changes during the infusion raises a STOP alert at once.
 */
@QuarkusTest
class CurrentFactsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    CurrentFacts facts;

    @Inject
    EntityManager em;

    @Test
    void aStartIsRefusedAsNotConfirmedWhileAnEventAboutThePatientCannotBeAppliedYet() {
        Booked b = bookInfusion("IV", "0.8", 40);
        String session = readyToStart(b);
        UUID lateConsent = UUID.randomUUID();
        // a revocation of a consent this service has not heard of is held and retried, never skipped
        send(Topics.INTAKE_CONSENTS, b.patientId(), "ConsentRevoked", """
                {"consentId":"%s","patientId":"%s","kind":"TREATMENT","revokedAt":"%s"}"""
                .formatted(lateConsent, b.patientId(), Instant.now()));

        as("nurse").body(startBody(session)).post(session + "/start").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "1")
                .body("type", is("urn:kap:problem:facts-not-confirmed"))
                .body("detail", containsString("treatment consent"));
        as("nurse").get(session).then().body("status", is("PRE_ASSESSMENT_PASSED"));

        // the grant of that second consent turns up: the held revocation applies, the facts are current again,
        // and the patient's first consent still stands: the start is a wait, never a refusal on a guess
        QuarkusTransaction.requiringNew().run(() -> {
            TreatmentConsent consent = new TreatmentConsent();
            consent.consentId = lateConsent;
            consent.patientId = b.patientId();
            consent.updatedAt = Instant.now();
            consent.persist();
        });
        await().atMost(WAIT).untilAsserted(() -> as("nurse").body(startBody(session)).post(session + "/start").then().statusCode(200)
                .body("status", is("INFUSING")));
    }

    @Test
    void aStartIsRefusedWhileAnEventAboutThePatientAwaitsReplayAsADeadLetter() {
        Booked b = bookInfusion("IV", "0.8", 40);
        String session = readyToStart(b);
        // a consent event about her was given up on (a defect) and kept for replay: the consumer's position is
        // past it, so only the dead letter says the copy of her consents may be missing something
        UUID letter = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into dead_letter (id, channel, topic, record_partition, record_offset, record_key, headers,
                  event_id, event_type, reason_kind, reason, dead_lettered_at, status)
                values (:id, 'intake-consents', :topic, 0, 1, :key, '[]', :eventId, 'ConsentRevoked', 'failed',
                  'IllegalStateException: failed 5 times', now(), 'UNREPLAYED')""")
                .setParameter("id", letter).setParameter("topic", Topics.INTAKE_CONSENTS)
                .setParameter("key", b.patientId().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .setParameter("eventId", UUID.randomUUID().toString()).executeUpdate());

        as("nurse").body(startBody(session)).post(session + "/start").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", is("urn:kap:problem:facts-not-confirmed"))
                .body("detail", containsString("awaits replay"))
                .body("detail", containsString("treatment consent"));
        as("nurse").get(session).then().body("status", is("PRE_ASSESSMENT_PASSED"));

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update dead_letter set status = 'REPLAYED', replayed_at = now() where id = :id")
                .setParameter("id", letter).executeUpdate());
        as("nurse").body(startBody(session)).post(session + "/start").then().statusCode(200).body("status", is("INFUSING"));
    }

    @Test
    void theConsentRevokedDuringTheInfusionRaisesAStopAlertOnTheBoardAndTheTopic() {
        Booked b = bookInfusion("IV", "0.8", 40);
        String session = readyToStart(b);
        as("nurse").body(startBody(session)).post(session + "/start").then().statusCode(200).body("status", is("INFUSING"));
        String sessionId = session.substring(session.lastIndexOf('/') + 1);

        try (TopicReader safety = TopicReader.subscribe(Topics.SAFETY)) {
            Fixtures.revokeConsent(b);
            ConsumerRecord<String, String> alert = safety.awaitOne(TopicReader.event("SafetyAlertRaised", sessionId),
                    WAIT);
            EventContracts.assertValid("SafetyAlertRaised", alert.value());
            assertEquals("CONSENT_REVOKED", TopicReader.json(alert).path("rule").asText());
            assertEquals("STOP", TopicReader.json(alert).path("level").asText());
        }
        List<?> board = as("nurse").get("/api/v1/chair-board").then().statusCode(200).extract()
                .path("findAll { it.sessionId == '" + sessionId + "' }.alertState");
        assertEquals(List.of("STOP"), board);
    }

    /**
     * How long a decision waits for the copy to catch up right after an upstream event: published,
     * then confirmed at once. Printed for the closing note; the limit asserted is the setting's.
     */
    @Test
    void confirmationWaitRightAfterAnUpstreamEvent() {
        Booked b = bookInfusion("IV", "0.8", 40);
        awaitSession(b);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            send(Topics.TREATMENT_PLANS, b.patientId(), "TreatmentPlanStatusChanged", """
                    {"planId":"%s","patientId":"%s","planVersion":1,"templateCode":"KARE","templateVersion":1,
                     "previousStatus":"ACTIVE","status":"ACTIVE","reason":"Unchanged","changedAt":"%s"}"""
                    .formatted(b.planId(), b.patientId(), Instant.now()));
            long started = System.nanoTime();
            facts.confirm("measure", b.patientId().toString(), CurrentSessionFacts.FACTS_BY_TOPIC);
            micros.add((System.nanoTime() - started) / 1000);
        }
        Collections.sort(micros);
        long p50 = micros.get(micros.size() / 2);
        long p99 = micros.get((int) Math.ceil(micros.size() * 0.99) - 1);
        System.out.printf("[current-facts] confirmation right after an upstream event, %d runs: p50 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms%n", micros.size(), p50 / 1000.0, p99 / 1000.0,
                micros.get(micros.size() - 1) / 1000.0);
        assertTrue(p99 < 3_000_000, "within kap.facts.confirmation-wait");
    }

    private static String readyToStart(Booked b) {
        String session = "/api/v1/infusion-sessions/" + awaitSession(b);
        as("nurse").body(CHECK_IN).post(session + "/check-in").then().statusCode(200);
        as("nurse").body(preAssessmentOk()).post(session + "/pre-assessment").then().statusCode(200)
                .body("status", is("PRE_ASSESSMENT_PASSED"));
        as("nurse").body("{\"concentrationMgPerMl\":1.0,\"lotNumber\":\"KET-1\"}").post(session + "/dose").then()
                .statusCode(200);
        asStaff("nurse-2", "nurse").post(session + "/dose/verification").then().statusCode(200);
        return session;
    }

    private static void send(String topic, UUID patientId, String type, String payload) {
        try (EventSender sender = new EventSender()) {
            sender.sendCloudEvent(topic, patientId.toString(), UUID.randomUUID().toString(), type,
                    topic.startsWith("intake") ? "urn:kap:intake-service" : "urn:kap:treatment-service", payload);
        }
    }
}

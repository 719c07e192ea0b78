package org.riverwoods.kap.intake.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.intake.Fixtures.as;
import static org.riverwoods.kap.intake.Fixtures.registerPatient;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.intake.patient.Patient;
import org.riverwoods.kap.kit.audit.AuditEntry;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.EventSender;
import org.riverwoods.kap.testing.TopicReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Idempotent consumption and dead-lettering, through the real broker. */
@QuarkusTest
class InfusionSessionConsumerTest {

    private static final String SOURCE = "urn:kap:infusion-service";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void aCheckInWeightUpdatesThePatientOnceEvenWhenDeliveredTwice() {
        UUID patientId = registerPatient();
        String eventId = UUID.randomUUID().toString();
        String checkIn = checkIn(patientId, "74.3", "2026-11-25T08:30:00Z");
        EventContracts.assertValid("InfusionCheckedIn", checkIn);

        try (EventSender sender = new EventSender(); TopicReader reader = TopicReader.subscribe(Topics.PATIENTS)) {
            String sessionId = UUID.randomUUID().toString();
            sender.sendCloudEvent(Topics.INFUSION_SESSIONS, sessionId, eventId, "InfusionCheckedIn", SOURCE, checkIn);
            sender.sendCloudEvent(Topics.INFUSION_SESSIONS, sessionId, eventId, "InfusionCheckedIn", SOURCE, checkIn);

            ConsumerRecord<String, String> updated = reader.awaitOne(
                    TopicReader.event("PatientUpdated", patientId.toString()), WAIT);
            EventContracts.assertValid("PatientUpdated", updated.value());
            assertEquals("74.3", TopicReader.json(updated).get("weightKg").decimalValue().toPlainString());
            assertEquals(1, reader.collect(TopicReader.event("PatientUpdated", patientId.toString()),
                    Duration.ofSeconds(2)).size(), "the redelivered event had no second effect");
        }
        Patient patient = QuarkusTransaction.requiringNew().call(() -> Patient.findById(patientId));
        assertEquals(new BigDecimal("74.3"), patient.weightKg);
        assertEquals("2026-11-25", patient.weightMeasuredOn.toString());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> org.riverwoods.kap.intake.Rows.count(AuditEntry.class,
                "patientId = ?1 and actor = 'system:infusion-service'", patientId)));
        as("nurse").get("/api/v1/patients/" + patientId).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void anOlderMeasurementDoesNotReplaceANewerOne() {
        UUID patientId = registerPatient(); // weighed 2026-11-20
        try (EventSender sender = new EventSender(); TopicReader reader = TopicReader.subscribe(Topics.PATIENTS)) {
            sender.sendCloudEvent(Topics.INFUSION_SESSIONS, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    "InfusionCheckedIn", SOURCE, checkIn(patientId, "60.0", "2026-11-02T08:30:00Z"));
            // a later, valid event for the same patient shows the older one has been consumed
            sender.sendCloudEvent(Topics.INFUSION_SESSIONS, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    "InfusionCheckedIn", SOURCE, checkIn(patientId, "71.0", "2026-11-24T08:30:00Z"));
            ConsumerRecord<String, String> updated = reader.awaitOne(
                    TopicReader.event("PatientUpdated", patientId.toString()), WAIT);
            assertEquals("71.0", TopicReader.json(updated).get("weightKg").decimalValue().toPlainString());
        }
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        UUID patientId = registerPatient();
        String garbageKey = UUID.randomUUID().toString();
        String notCloudEventKey = UUID.randomUUID().toString();
        String unknownPatientKey = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender();
             TopicReader deadLetters = TopicReader.subscribe("intake.dead-letter");
             TopicReader patients = TopicReader.subscribe(Topics.PATIENTS)) {
            sender.sendCloudEvent(Topics.INFUSION_SESSIONS, garbageKey, UUID.randomUUID().toString(),
                    "InfusionCheckedIn", SOURCE, "{not json");
            sender.sendRaw(Topics.INFUSION_SESSIONS, notCloudEventKey, "{}");
            sender.sendCloudEvent(Topics.INFUSION_SESSIONS, unknownPatientKey, UUID.randomUUID().toString(),
                    "InfusionCheckedIn", SOURCE, checkIn(UUID.randomUUID(), "70.0", "2026-11-25T08:30:00Z"));
            sender.sendCloudEvent(Topics.INFUSION_SESSIONS, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    "InfusionCheckedIn", SOURCE, checkIn(patientId, "73.0", "2026-11-25T08:30:00Z"));

            for (String key : new String[] { garbageKey, notCloudEventKey, unknownPatientKey }) {
                ConsumerRecord<String, String> dead = deadLetters.awaitOne(r -> key.equals(r.key()), WAIT);
                assertTrue(TopicReader.header(dead, "dead-letter-reason") != null, "says why");
            }
            patients.awaitOne(TopicReader.event("PatientUpdated", patientId.toString()), WAIT);
        }
    }

    private static String checkIn(UUID patientId, String weightKg, String at) {
        return """
                {"sessionId":"%s","patientId":"%s","planId":"%s","checkedInAt":"%s","weightKg":%s,"weightMeasuredAt":"%s"}"""
                .formatted(UUID.randomUUID(), patientId, UUID.randomUUID(), at, weightKg, at);
    }
}

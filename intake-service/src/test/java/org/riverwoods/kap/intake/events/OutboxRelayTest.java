package org.riverwoods.kap.intake.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.intake.Fixtures.registerPatient;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.kit.outbox.OutboxEvent;
import org.riverwoods.kap.kit.outbox.OutboxRelay;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.TopicReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** What was committed is published, even when publication was interrupted. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;

    @AfterEach
    void resume() {
        relay.resume();
    }

    @Test
    void eventsCommittedWhileTheRelayIsDownArePublishedWhenItComesBack() {
        relay.pause();
        UUID id = registerPatient();
        try (TopicReader reader = TopicReader.subscribe(Topics.PATIENTS)) {
            assertTrue(reader.collect(TopicReader.event("PatientRegistered", id.toString()), Duration.ofSeconds(1))
                    .isEmpty(), "nothing is published while the relay is paused");
            assertEquals(1, unpublishedFor(id), "the event waits in the outbox, committed");

            relay.resume();
            reader.awaitOne(TopicReader.event("PatientRegistered", id.toString()), Duration.ofSeconds(10));
        }
        assertEquals(0, unpublishedFor(id));
    }

    @Test
    void aRowLeftByACrashBetweenCommitAndPublishIsSweptUp() {
        // What a service killed right after its commit leaves behind: an unpublished row and no wake-up call.
        UUID patientId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String payload = """
                {"patientId":"%s","sex":"MALE","birthYear":1970,"weightKg":90.0,
                 "weightMeasuredOn":"2026-11-01","registeredAt":"2026-11-01T09:00:00Z"}""".formatted(patientId);
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxEvent row = new OutboxEvent();
            row.id = eventId;
            row.topic = Topics.PATIENTS;
            row.eventType = "PatientRegistered";
            row.messageKey = patientId.toString();
            row.subject = patientId.toString();
            row.occurredAt = Instant.now();
            row.payload = payload;
            io.quarkus.hibernate.orm.panache.Panache.getEntityManager().persist(row);
        });
        try (TopicReader reader = TopicReader.subscribe(Topics.PATIENTS)) {
            ConsumerRecord<String, String> event = reader.awaitOne(
                    TopicReader.event("PatientRegistered", patientId.toString()), Duration.ofSeconds(10));
            assertEquals(eventId.toString(), TopicReader.header(event, "ce_id"));
            EventContracts.assertValid("PatientRegistered", event.value());
        }
        OutboxEvent published = QuarkusTransaction.requiringNew().call(() -> org.riverwoods.kap.intake.Rows.list(OutboxEvent.class, "id = ?1", eventId).get(0));
        assertNotNull(published.publishedAt);
    }

    @Test
    void eventsOfOnePatientArePublishedInCommitOrder() {
        UUID id = registerPatient();
        for (int version = 0; version < 3; version++) {
            org.riverwoods.kap.intake.Fixtures.as("nurse").header("If-Match", "\"" + version + "\"")
                    .body(org.riverwoods.kap.intake.Fixtures.patientJson((70 + version) + ".0"))
                    .put("/api/v1/patients/" + id).then().statusCode(200);
        }
        try (TopicReader reader = TopicReader.subscribe(Topics.PATIENTS)) {
            var events = reader.await(r -> id.toString().equals(r.key()), 4, Duration.ofSeconds(10));
            assertEquals("PatientRegistered", TopicReader.header(events.get(0), "ce_type"));
            for (int i = 1; i <= 3; i++) {
                assertEquals(i, TopicReader.json(events.get(i)).get("version").asInt(), "in commit order");
            }
        }
    }

    private static long unpublishedFor(UUID patientId) {
        return QuarkusTransaction.requiringNew().call(
                () -> org.riverwoods.kap.intake.Rows.count(OutboxEvent.class, "subject = ?1 and publishedAt is null", patientId.toString()));
    }
}

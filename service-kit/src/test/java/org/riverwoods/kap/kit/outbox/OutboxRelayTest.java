package org.riverwoods.kap.kit.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.kit.testsupport.Api.NOTES;
import static org.riverwoods.kap.kit.testsupport.Api.as;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.kit.testapp.NoteWritten;
import org.riverwoods.kap.kit.testsupport.Api;
import org.riverwoods.kap.kit.testsupport.Database;
import org.riverwoods.kap.kit.testsupport.Eventually;
import org.riverwoods.kap.kit.testsupport.NoteBody;
import org.riverwoods.kap.testing.TopicReader;

import io.quarkus.test.junit.QuarkusTest;

/** What was committed is published, as a CloudEvent, in commit order, even when publication was interrupted. */
@QuarkusTest
class OutboxRelayTest {

    private static final String TYPE = "NoteWritten";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    OutboxRelay relay;

    @AfterEach
    void resume() {
        relay.resume();
    }

    @Test
    void eventsCommittedWhileTheRelayIsPausedArePublishedWhenItResumes() {
        relay.pause();
        UUID note = Api.createNote(UUID.randomUUID());
        try (TopicReader reader = TopicReader.subscribe(NoteWritten.TOPIC)) {
            assertTrue(reader.collect(TopicReader.event(TYPE, note.toString()), Duration.ofSeconds(1)).isEmpty(),
                    "nothing is published while the relay is paused");
            assertEquals(1, unpublished(note), "the event waits in the outbox, committed");

            relay.resume();
            reader.awaitOne(TopicReader.event(TYPE, note.toString()), WAIT);
        }
        Eventually.until("the event is marked published", WAIT, () -> unpublished(note) == 0);
    }

    @Test
    void aRowLeftByACrashBetweenCommitAndPublishIsSweptUp() {
        // What a service killed right after its commit leaves behind: an unpublished row and no wake-up.
        UUID subject = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        Database.update("insert into outbox_event (id, topic, message_key, event_type, subject, occurred_at, payload) "
                + "values (?, ?, ?, ?, ?, now(), ?::jsonb)", eventId, NoteWritten.TOPIC, subject.toString(), TYPE,
                subject.toString(), "{\"noteId\":\"" + subject + "\"}");
        try (TopicReader reader = TopicReader.subscribe(NoteWritten.TOPIC)) {
            ConsumerRecord<String, String> event = reader.awaitOne(TopicReader.event(TYPE, subject.toString()), WAIT);
            assertEquals(eventId.toString(), TopicReader.header(event, "ce_id"));
            assertEquals(subject.toString(), TopicReader.json(event).get("noteId").asText());
        }
        Eventually.until("the swept row is marked published", WAIT, () -> unpublished(subject) == 0);
    }

    @Test
    void eventsOfOneSubjectArePublishedInCommitOrder() {
        UUID patient = UUID.randomUUID();
        UUID note = Api.createNote(patient);
        for (int version = 0; version < 3; version++) {
            as("nurse").header("If-Match", "\"" + version + "\"")
                    .body(NoteBody.valid(patient).set("count", String.valueOf(10 + version)).json())
                    .put(NOTES + "/" + note).then().statusCode(200);
        }
        try (TopicReader reader = TopicReader.subscribe(NoteWritten.TOPIC)) {
            List<ConsumerRecord<String, String>> events = reader.await(r -> note.toString().equals(r.key()), 4, WAIT);
            for (int version = 0; version <= 3; version++) {
                assertEquals(version, TopicReader.json(events.get(version)).get("version").asInt(), "in commit order");
            }
        }
    }

    @Test
    void anEventIsABinaryCloudEventNamingItsSourceAndSubject() {
        UUID patient = UUID.randomUUID();
        UUID note = Api.createNote(patient);
        String rowId = Database.text("select id::text from outbox_event where subject = ?", note.toString());
        try (TopicReader reader = TopicReader.subscribe(NoteWritten.TOPIC)) {
            ConsumerRecord<String, String> event = reader.awaitOne(r -> note.toString().equals(r.key()), WAIT);
            assertEquals(rowId, TopicReader.header(event, "ce_id"),
                    "the outbox row's id, the consumers' de-duplication key");
            assertEquals(TYPE, TopicReader.header(event, "ce_type"));
            assertEquals("urn:kap:kit-test-service", TopicReader.header(event, "ce_source"));
            assertEquals(note.toString(), TopicReader.header(event, "ce_subject"));
            assertEquals("1.0", TopicReader.header(event, "ce_specversion"));
            assertEquals(patient.toString(), TopicReader.json(event).get("patientId").asText());
        }
    }

    private static long unpublished(UUID subject) {
        return Database.number("select count(*) from outbox_event where subject = ? and published_at is null",
                subject.toString());
    }
}

package org.riverwoods.kap.kit.inbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.kit.testsupport.Events.DEAD_LETTERS;
import static org.riverwoods.kap.kit.testsupport.Events.SOURCE;
import static org.riverwoods.kap.kit.testsupport.Events.WAIT;
import static org.riverwoods.kap.kit.testsupport.Events.effectsOf;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.kit.testapp.ApplyCommand;
import org.riverwoods.kap.kit.testapp.CommandsConsumer;
import org.riverwoods.kap.kit.testsupport.Database;
import org.riverwoods.kap.kit.testsupport.Eventually;
import org.riverwoods.kap.kit.testsupport.Events;
import org.riverwoods.kap.testing.EventSender;
import org.riverwoods.kap.testing.TopicReader;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Only poison is dead-lettered. A valid event that cannot apply yet is held and retried until it
 * does, exactly once, while readiness says the consumer is behind.
 */
@QuarkusTest
class ConsumerFailureTest {

    private static final String COMMANDS = ApplyCommand.TOPIC;
    private static final String CONSUMER = CommandsConsumer.CONSUMER;

    @Inject
    ConsumerRetries retries;

    @Test
    void poisonGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String fact = Events.knownFact();
        String notACloudEvent = UUID.randomUUID().toString();
        String unreadable = UUID.randomUUID().toString();
        String validCommand = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender();
             TopicReader commands = TopicReader.subscribe(COMMANDS);
             TopicReader deadLetters = TopicReader.subscribe(DEAD_LETTERS)) {
            sender.sendRaw(COMMANDS, notACloudEvent, Events.command(UUID.randomUUID().toString(), fact));
            sender.sendCloudEvent(COMMANDS, unreadable, UUID.randomUUID().toString(), ApplyCommand.TYPE, SOURCE,
                    "{not json");
            Events.sendCommand(sender, UUID.randomUUID().toString(), validCommand, fact);

            assertDeadLettered(commands, deadLetters, notACloudEvent, "ce_id");
            assertDeadLettered(commands, deadLetters, unreadable, "payload");
            Eventually.until("the valid command after the poison takes effect", WAIT,
                    () -> effectsOf(validCommand) == 1);
        }
    }

    @Test
    void aCommandWhoseFactIsLateIsHeldUntilTheFactArrivesThenAppliedOnce() {
        String fact = "fact-" + UUID.randomUUID();
        String command = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender(); TopicReader deadLetters = TopicReader.subscribe(DEAD_LETTERS)) {
            Events.sendCommand(sender, key, command, fact);

            Eventually.until("the consumer holds the early command", WAIT, () -> retries.isRetrying(CONSUMER));
            Response notReady = given().get("/q/health/ready");
            assertEquals(503, notReady.statusCode(), notReady.asString());
            JsonPath health = notReady.jsonPath();
            assertEquals("DOWN", health.getString("status"));
            Map<String, Object> held = health.getMap("checks.find { it.name == 'event consumers' }.data");
            assertNotNull(held, notReady.asString());
            assertTrue(held.containsKey(CONSUMER), "readiness names the consumer: " + held);
            assertEquals(0, effectsOf(command));

            Events.sendFact(sender, fact);
            Eventually.until("the held command takes effect", WAIT, () -> effectsOf(command) == 1);
            Eventually.until("readiness is up again", WAIT, () -> given().get("/q/health/ready").statusCode() == 200);
            assertFalse(retries.isRetrying(CONSUMER));
            assertTrue(deadLetters.collect(r -> key.equals(r.key()), Duration.ofSeconds(2)).isEmpty(),
                    "a valid event is never dead-lettered");
            assertEquals(1, effectsOf(command), "applied exactly once");
        }
    }

    @Test
    void aFieldAddedByANewerProducerIsNotPoison() {
        String fact = Events.knownFact();
        String command = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        String evolved = "{\"commandId\":\"" + command + "\",\"factKey\":\"" + fact + "\",\"priority\":\"HIGH\"}";
        try (EventSender sender = new EventSender(); TopicReader deadLetters = TopicReader.subscribe(DEAD_LETTERS)) {
            sender.sendCloudEvent(COMMANDS, key, UUID.randomUUID().toString(), ApplyCommand.TYPE, SOURCE, evolved);
            Eventually.until("the evolved command takes effect", WAIT, () -> effectsOf(command) == 1);
            assertTrue(deadLetters.collect(r -> key.equals(r.key()), Duration.ofSeconds(1)).isEmpty());
        }
    }

    @Test
    void theSameEventDeliveredTwiceTakesEffectOnce() {
        String fact = Events.knownFact();
        String key = UUID.randomUUID().toString();
        String command = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender()) {
            for (int delivery = 0; delivery < 2; delivery++) {
                sender.sendCloudEvent(COMMANDS, key, eventId, ApplyCommand.TYPE, SOURCE, Events.command(command, fact));
            }
            // same key, same partition: once this one has taken effect, both deliveries have been consumed
            Events.sendCommand(sender, key, later, fact);
            Eventually.until("the later command takes effect", WAIT, () -> effectsOf(later) == 1);
        }
        assertEquals(1, effectsOf(command));
        assertEquals(1, Database.number("select count(*) from processed_event where consumer = ? and event_id = ?",
                CONSUMER, eventId));
    }

    private static void assertDeadLettered(TopicReader commands, TopicReader deadLetters, String key, String reason) {
        ConsumerRecord<String, String> original = commands.awaitOne(r -> key.equals(r.key()), WAIT);
        ConsumerRecord<String, String> letter = deadLetters.awaitOne(r -> key.equals(r.key()), WAIT);
        assertEquals(original.value(), letter.value(), "dead-lettered as it was sent");
        String why = TopicReader.header(letter, "dead-letter-reason");
        assertTrue(why != null && why.contains(reason), "dead-letter-reason says why: " + why);
        assertEquals(COMMANDS, TopicReader.header(letter, "dead-letter-topic"));
        assertEquals(String.valueOf(original.partition()), TopicReader.header(letter, "dead-letter-partition"));
        assertEquals(String.valueOf(original.offset()), TopicReader.header(letter, "dead-letter-offset"));
    }
}

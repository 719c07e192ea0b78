package org.riverwoods.kap.kit.testsupport;

import java.time.Duration;
import java.util.UUID;

import org.riverwoods.kap.kit.testapp.ApplyCommand;
import org.riverwoods.kap.kit.testapp.FactLearned;
import org.riverwoods.kap.testing.EventSender;

/** Feeds the test application's consumers as an upstream service would, and reads what they did. */
public final class Events {

    public static final String SOURCE = "urn:kap:kit-test-upstream";
    public static final String DEAD_LETTERS = "kit-test.dead-letter";
    public static final Duration WAIT = Duration.ofSeconds(20);

    private Events() {
    }

    public static String command(String commandId, String factKey) {
        return "{\"commandId\":\"" + commandId + "\",\"factKey\":\"" + factKey + "\"}";
    }

    /** Sends a command as a new CloudEvent, keyed {@code key}; returns the event id. */
    public static String sendCommand(EventSender sender, String key, String commandId, String factKey) {
        String eventId = UUID.randomUUID().toString();
        sender.sendCloudEvent(ApplyCommand.TOPIC, key, eventId, ApplyCommand.TYPE, SOURCE, command(commandId, factKey));
        return eventId;
    }

    public static void sendFact(EventSender sender, String factKey) {
        sender.sendCloudEvent(FactLearned.TOPIC, factKey, UUID.randomUUID().toString(), FactLearned.TYPE, SOURCE,
                "{\"factKey\":\"" + factKey + "\"}");
    }

    /** Makes a fact known and waits until the application has learnt it. */
    public static String knownFact() {
        String factKey = "fact-" + UUID.randomUUID();
        try (EventSender sender = new EventSender()) {
            sendFact(sender, factKey);
        }
        Eventually.until("fact " + factKey + " is learnt", WAIT,
                () -> Database.number("select count(*) from fact where fact_key = ?", factKey) == 1);
        return factKey;
    }

    /** How many times the command took effect. */
    public static long effectsOf(String commandId) {
        return Database.number("select count(*) from effect where command_id = ?", commandId);
    }
}

package org.riverwoods.kap.kit.inbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.kit.testsupport.Events.DEAD_LETTERS;
import static org.riverwoods.kap.kit.testsupport.Events.WAIT;
import static org.riverwoods.kap.kit.testsupport.Events.effectsOf;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.kit.testapp.CommandsConsumer;
import org.riverwoods.kap.kit.testsupport.DatabaseBehindProxy;
import org.riverwoods.kap.kit.testsupport.Eventually;
import org.riverwoods.kap.kit.testsupport.Events;
import org.riverwoods.kap.testing.EventSender;
import org.riverwoods.kap.testing.TcpProxy;
import org.riverwoods.kap.testing.TopicReader;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A valid event consumed while the database is unreachable is neither lost nor dead-lettered: it is
 * retried as a transient failure and takes effect once, soon after the database is back.
 *
 * <p>The test resource is restricted to this class, so the application starts again for it, with
 * its database behind a proxy. (A test profile's {@code testResources()} cannot name a class of
 * the test sources in this Quarkus: it is handed over from another class loader and fails to cast.)
 */
@QuarkusTest
@WithTestResource(DatabaseBehindProxy.class)
class DatabaseOutageTest {

    private static final String CONSUMER = CommandsConsumer.CONSUMER;
    private static final Duration OUTAGE = Duration.ofSeconds(10);

    /** Injected by {@link DatabaseBehindProxy}. */
    TcpProxy proxy;

    @Inject
    ConsumerRetries retries;

    @ConfigProperty(name = "kap.consumer.retry.max-backoff")
    Duration maxBackoff;

    @AfterEach
    void reconnect() {
        proxy.resume();
    }

    @Test
    void aCommandMetDuringADatabaseOutageTakesEffectOnceWhenTheDatabaseIsBack() throws InterruptedException {
        String fact = Events.knownFact();
        String command = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        double transientBefore = retriesCounted("transient");
        double unexpectedBefore = retriesCounted("unexpected");
        try (EventSender sender = new EventSender(); TopicReader deadLetters = TopicReader.subscribe(DEAD_LETTERS)) {
            proxy.refuse();
            long cutAt = System.nanoTime();
            Events.sendCommand(sender, key, command, fact);
            Eventually.until("the consumer retries against the missing database", WAIT,
                    () -> retries.isRetrying(CONSUMER));
            // The outage itself, long enough for the back-off to reach its ceiling; nothing is asserted by waiting.
            Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - cutAt) / 1_000_000));
            assertEquals(0, effectsOf(command), "nothing can apply while the database is away");
            assertTrue(retries.isRetrying(CONSUMER), "the command is held, not skipped");

            proxy.resume();
            long resumedAt = System.nanoTime();
            Eventually.until("the command takes effect after the outage", WAIT, () -> effectsOf(command) > 0);
            long recoveryMillis = (System.nanoTime() - resumedAt) / 1_000_000;
            System.out.printf("[kit-test] database outage of %d s: the held command took effect %d ms after the "
                    + "database came back (max back-off %d ms)%n", OUTAGE.toSeconds(), recoveryMillis,
                    maxBackoff.toMillis());
            assertTrue(recoveryMillis <= maxBackoff.toMillis() + 3_000,
                    "recovered within one back-off ceiling and a reconnect: " + recoveryMillis + " ms");

            Eventually.until("the consumer is no longer held", WAIT, () -> !retries.isRetrying(CONSUMER));
            assertTrue(deadLetters.collect(r -> key.equals(r.key()), Duration.ofSeconds(2)).isEmpty(),
                    "a valid event is never dead-lettered");
        }
        assertEquals(1, effectsOf(command), "applied exactly once");
        assertTrue(retriesCounted("transient") - transientBefore >= 2, "the retries were counted as transient");
        assertEquals(unexpectedBefore, retriesCounted("unexpected"), "an outage is never an unexpected failure");
    }

    /** kap.consumer.retries for the commands consumer, as scraped from /q/metrics. */
    private static double retriesCounted(String failure) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("kap_consumer_retries_total{"))
                .filter(line -> line.contains("consumer=\"" + CONSUMER + "\""))
                .filter(line -> line.contains("failure=\"" + failure + "\""))
                // the value follows the labels; an exemplar (" # {trace_id=...} 1.0 <time>") may follow it
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf("} ") + 2).split(" ")[0]))
                .sum();
    }
}

package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.riverwoods.kap.testing.journey.PlatformUrls;

/**
 * The fault tier: steady patient traffic from many clients while one fault is injected per
 * scenario, then a reconciliation of what the clients saw accepted against what every service
 * holds. Runs in its own failsafe execution (journey-tests/pom.xml), with the broker in a process of
 * its own. Size: {@code -Dkap.faults.journeys} journeys at least per scenario (default
 * {@value #SMALL_JOURNEYS}, the CI size), by {@code -Dkap.faults.clients} clients at once (default
 * {@value #SMALL_CLIENTS}). The tables go to {@code journey-tests/target/fault-report.md}.
 * {@code -Dkap.faults.only=<words of a scenario's name>} runs that scenario only (the others are skipped).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultScenariosIT {

    static final int SMALL_JOURNEYS = 6;
    static final int SMALL_CLIENTS = 3;
    /** How long a client keeps retrying one operation: the fault and the recovery, with room. */
    private static final Duration OPERATION_DEADLINE = Duration.ofSeconds(240);
    /** Traffic before the fault, so that it hits requests under way. */
    private static final Duration WARM_UP = Duration.ofSeconds(4);
    private static final Duration SETTLE = Duration.ofSeconds(120);

    private static final int JOURNEYS = Integer.getInteger("kap.faults.journeys", SMALL_JOURNEYS);
    private static final int CLIENTS = Integer.getInteger("kap.faults.clients", SMALL_CLIENTS);
    private static final List<FaultReport.Scenario> REPORTED = new ArrayList<>();
    /** Every poison record sent so far: each consumer keeps its dead letters. */
    private static final List<FaultPoison.Sent> POISON = new ArrayList<>();

    @Test
    @Order(1)
    void poisonOnEveryConsumedTopic() {
        scenario("poison records on every consumed topic and partition", () -> {
            POISON.addAll(FaultPoison.sendToEveryConsumedTopic());
            System.out.println("  [faults] " + POISON.size() + " malformed records sent");
        });
    }

    @Test
    @Order(2)
    void killEachServiceInTurn() {
        scenario("kill -9 of each service in turn, restarted after 3 s",
                () -> FaultInjection.killEachServiceInTurn(Duration.ofSeconds(3)));
    }

    @Test
    @Order(3)
    void brokerKilledAndRestarted() {
        scenario("broker killed (SIGKILL), restarted after 10 s",
                () -> FaultInjection.brokerKilledAndRestarted(Duration.ofSeconds(10)));
    }

    @Test
    @Order(4)
    void databaseStopped() {
        scenario("PostgreSQL unreachable (connections refused and reset) for 10 s",
                () -> FaultInjection.databaseStopped(Duration.ofSeconds(10)));
    }

    @Test
    @Order(5)
    void databaseFrozen() {
        scenario("PostgreSQL frozen (SIGSTOP) for 10 s", () -> FaultInjection.databaseFrozen(Duration.ofSeconds(10)));
    }

    @Test
    @Order(6)
    void slowBroker() {
        scenario("network to the broker slowed by 200 ms each way for 20 s",
                () -> FaultInjection.slowBroker(Duration.ofSeconds(20), 200));
    }

    @AfterAll
    static void report() {
        FaultReport.write(REPORTED, JOURNEYS, CLIENTS);
    }

    private static void scenario(String name, Runnable fault) {
        String only = System.getProperty("kap.faults.only", "");
        Assumptions.assumeTrue(only.isBlank() || name.contains(only), "-Dkap.faults.only=" + only);
        PlatformUrls urls = JourneyPlatform.urls();
        System.out.println("[faults] " + name + ": " + JOURNEYS + " journeys at least, " + CLIENTS + " clients");
        FaultTrafficRecord record = new FaultTrafficRecord();
        FaultClient client = new FaultClient(OPERATION_DEADLINE);
        Instant from = Instant.now();
        double recoverySeconds;
        FaultTraffic traffic = FaultTraffic.start(urls, client, record, CLIENTS, JOURNEYS);
        try {
            FaultInjection.pause(WARM_UP);
            long faultStarted = System.nanoTime();
            fault.run();
            long faultEnded = System.nanoTime();
            recoverySeconds = recovery(urls, client, record, faultEnded);
            System.out.printf("[faults] fault lasted %.1f s; recovered %.1f s after it ended%n",
                    (faultEnded - faultStarted) / 1e9, recoverySeconds);
            traffic.finish(OPERATION_DEADLINE.multipliedBy(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } finally {
            traffic.close();
        }
        Instant to = Instant.now();
        FaultReconciliation.Result result = settled(record, from, to);
        FaultReport.Scenario reported = new FaultReport.Scenario(name, result, record, client, traffic, recoverySeconds);
        REPORTED.add(reported);
        System.out.println(FaultReport.table(reported));
        assertAll(name,
                () -> assertEquals(List.of(), record.failures(), "every journey completes despite the fault"),
                () -> assertTrue(record.completedJourneys() >= JOURNEYS, "at least " + JOURNEYS + " journeys"),
                () -> assertEquals(0, result.lost(), "nothing accepted is lost"),
                () -> assertEquals(0, result.duplicated(), "nothing has its effect twice"),
                () -> assertEquals(List.of(), client.forbiddenAnswers(), "no 5xx but a 503 problem+json"),
                () -> assertTrue(result.unpublished().values().stream().allMatch(n -> n == 0),
                        "every outbox drained: " + result.unpublished()),
                () -> assertTrue(result.failedLetters().values().stream().allMatch(n -> n == 0),
                        "no valid event dead-lettered: " + result.failedLetters()),
                () -> assertEquals(List.of(), result.poisonNotDeadLettered(), "every poison record dead-lettered once"));
    }

    /**
     * Seconds from the end of the fault until the platform works end to end again without anyone
     * restarting anything: a patient registered now shows on her timeline in outcomes-service.
     */
    private static double recovery(PlatformUrls urls, FaultClient client, FaultTrafficRecord record, long faultEnded) {
        record.sent(FaultTrafficRecord.Kind.REGISTRATION);
        UUID canary = UUID.fromString(client.create(urls.intakeApi() + "/patients", FaultJourney.NURSE, """
                {"givenName":"Canary","familyName":"Patient","dateOfBirth":"1990-01-01","sex":"MALE","email":"canary@example.org",
                 "weightKg":75.0,"weightMeasuredOn":"%s"}""".formatted(java.time.LocalDate.now().minusDays(1)))
                .path("id").asText());
        record.accepted(FaultTrafficRecord.Kind.REGISTRATION, canary);
        client.await(urls.outcomesApi() + "/patients/" + canary + "/timeline", FaultJourney.PRESCRIBER,
                timeline -> timeline.path("items").isEmpty() ? null : Boolean.TRUE);
        return (System.nanoTime() - faultEnded) / 1e9;
    }

    /** Reconciles until every effect has arrived and every outbox is drained, or {@link #SETTLE} has passed. */
    private static FaultReconciliation.Result settled(FaultTrafficRecord record, Instant from, Instant to) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (true) {
            FaultReconciliation.Result result = FaultReconciliation.reconcile(record, from, to, POISON);
            if (result.settled() || System.nanoTime() > deadline) {
                return result;
            }
            FaultInjection.pause(Duration.ofSeconds(2));
        }
    }
}

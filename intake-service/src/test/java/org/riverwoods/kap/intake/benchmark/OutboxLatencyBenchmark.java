package org.riverwoods.kap.intake.benchmark;

import static org.riverwoods.kap.intake.Fixtures.patientJson;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.intake.events.Topics;
import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.TopicReader;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Measures commit-to-publish latency of the outbox relay: from the event's transaction (its
 * {@code ce_time}) to the moment a real consumer holds the record. Not part of the test suite; run
 * with {@code ./mvnw -pl intake-service -am test -Pbenchmark} (see README). Prints p50/p99/max.
 */
@QuarkusTest
class OutboxLatencyBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @jakarta.inject.Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @TestHTTPResource("/api/v1/patients")
    URI patients;

    private final HttpClient http = HttpClient.newHttpClient();

    private static final int WARM_UP = 100;
    private static final int MEASURED = Integer.getInteger("benchmark.registrations", 1000);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 4);

    @Test
    void commitToPublishLatency() throws Exception {
        register(WARM_UP, CLIENTS);
        try (TopicReader reader = TopicReader.subscribe(Topics.PATIENTS)) {
            reader.collect(r -> false, Duration.ofSeconds(2)); // join the group and skip the backlog
            Instant start = Instant.now();
            Set<String> ids = register(MEASURED, CLIENTS);
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;

            List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
            reader.await(r -> {
                if (!ids.contains(r.key()) || !"PatientRegistered".equals(TopicReader.header(r, "ce_type"))) {
                    return false;
                }
                return true;
            }, MEASURED, Duration.ofSeconds(60)).forEach(r -> {
                Instant committed = Instant.parse(TopicReader.header(r, "ce_time"));
                latenciesMicros.add(Duration.between(committed, Instant.ofEpochMilli(r.timestamp())).toNanos() / 1000);
            });
            List<Long> sorted = latenciesMicros.stream().sorted().toList();
            System.out.printf("%n=== Outbox commit-to-publish (ce_time -> broker append), %d registrations, %d clients ===%n",
                    MEASURED, CLIENTS);
            System.out.printf("throughput: %.0f registrations/s (REST + DB + outbox)%n", MEASURED / seconds);
            System.out.printf("ce_time -> producer send:  p50 %.1f ms   p99 %.1f ms   max %.1f ms%n", percentile(sorted, 50),
                    percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0);
            var relayTimer = metrics.get("kap.outbox.commit.to.publish").timer().takeSnapshot();
            for (var value : relayTimer.percentileValues()) {
                System.out.printf("relay timer (event written -> Kafka ack, all %d events): p%.0f %.1f ms%n",
                        relayTimer.count(), value.percentile() * 100, value.value(TimeUnit.MILLISECONDS));
            }
            System.out.printf("relay timer max %.1f ms%n%n", relayTimer.max(TimeUnit.MILLISECONDS));
        }
    }

    /** A plain JDK client with one token: RestAssured's per-request cost would be measured instead. */
    private Set<String> register(int count, int clients) throws InterruptedException {
        String token = DevTokens.staff("nurse");
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < count; i++) {
            pool.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(patients)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(patientJson())).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("registration answered " + response.statusCode());
                }
                Matcher id = ID.matcher(response.body());
                id.find();
                ids.add(id.group(1));
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        if (ids.size() != count) {
            throw new IllegalStateException("only " + ids.size() + " of " + count + " registrations succeeded");
        }
        return ids;
    }

    private static double percentile(List<Long> sortedMicros, int p) {
        int index = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }
}

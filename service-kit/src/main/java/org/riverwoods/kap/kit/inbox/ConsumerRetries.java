package org.riverwoods.kap.kit.inbox;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Which consumers are holding an event they could not apply yet. Readiness is down while any is
 * ({@link ConsumerRetriesHealth}): this instance's copy of other services' facts is behind.
 * Metrics: {@code kap.consumer.retries} (counter, by consumer and transient/unexpected) and
 * {@code kap.consumer.retrying} (gauge).
 */
@ApplicationScoped
public class ConsumerRetries {

    private record Held(Instant since, long attempts) {
    }

    private final Map<String, Held> held = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry metrics;

    void failed(String consumer, boolean transientFailure) {
        held.merge(consumer, new Held(Instant.now(), 1), (old, next) -> new Held(old.since(), old.attempts() + 1));
        Counter.builder("kap.consumer.retries")
                .description("Attempts to apply a consumed event that failed and will be retried")
                .tag("consumer", consumer)
                .tag("failure", transientFailure ? "transient" : "unexpected")
                .register(metrics).increment();
        metrics.gauge("kap.consumer.retrying", held, Map::size);
    }

    void succeeded(String consumer) {
        held.remove(consumer);
    }

    public boolean isRetrying(String consumer) {
        return held.containsKey(consumer);
    }

    HealthCheckResponse health() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event consumers").status(held.isEmpty());
        held.forEach((consumer, h) -> response.withData(consumer,
                "retrying an event since " + h.since() + " (" + h.attempts() + " attempts)"));
        return response.build();
    }
}

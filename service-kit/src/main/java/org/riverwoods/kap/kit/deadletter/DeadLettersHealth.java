package org.riverwoods.kap.kit.deadletter;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.riverwoods.kap.kit.failure.Failures;

/**
 * Always UP: a dead letter does not make the service unfit for traffic, its consumers go on. But while
 * any letter is unreplayed the details say how many, per channel, and where to look, so that nobody
 * reading the health of the service misses them.
 */
@Readiness
@ApplicationScoped
public class DeadLettersHealth implements HealthCheck {

    static final String NAME = "dead letters";

    @Inject
    DeadLetterStore store;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        try {
            Map<String, Long> byChannel = store.unreplayedByChannel();
            long unreplayed = byChannel.values().stream().mapToLong(Long::longValue).sum();
            response.withData("unreplayed", unreplayed);
            if (unreplayed > 0) {
                response.withData("warning", unreplayed + " dead letter(s) not replayed: list them with GET "
                        + "/api/v1/admin/dead-letters?status=UNREPLAYED, fix the cause, then replay them");
                byChannel.forEach((channel, count) -> response.withData("channel " + channel, count));
            }
        } catch (RuntimeException e) {
            // the database check reports the outage; this one only says it could not count
            response.withData("unreplayed", "unknown (" + Failures.classChain(e) + ")");
        }
        return response.build();
    }
}

package org.riverwoods.kap.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while a consumer holds an event it could not apply yet; the details name which. */
@Readiness
@ApplicationScoped
public class ConsumerRetriesHealth implements HealthCheck {

    @Inject
    ConsumerRetries retries;

    @Override
    public HealthCheckResponse call() {
        return retries.health();
    }
}

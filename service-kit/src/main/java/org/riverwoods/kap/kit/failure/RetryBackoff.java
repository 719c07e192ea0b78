package org.riverwoods.kap.kit.failure;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The wait between attempts after a failure: {@code kap.consumer.retry.initial-backoff}, doubling up
 * to {@code kap.consumer.retry.max-backoff}. One schedule for every retry loop of the kit (the inbox,
 * keeping a dead letter), so an outage is waited out the same way everywhere.
 */
@ApplicationScoped
public class RetryBackoff {

    @ConfigProperty(name = "kap.consumer.retry.initial-backoff")
    Duration initial;

    @ConfigProperty(name = "kap.consumer.retry.max-backoff")
    Duration max;

    public Duration first() {
        return initial;
    }

    public Duration after(Duration current) {
        Duration doubled = current.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }

    /** Waits; false if the thread was interrupted meanwhile (its interrupt flag is set again). */
    public static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

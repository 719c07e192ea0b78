package org.riverwoods.kap.testing.journey;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for an effect that travels through Kafka to show in another service's API. */
public final class Await {

    private static final long POLL_MILLIS = 100;

    private Await() {
    }

    /** The first non-null answer of {@code probe}; fails after {@code timeout} saying what never happened. */
    public static <T> T until(String what, Duration timeout, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T answer = probe.get();
            if (answer != null) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new JourneyFailure("Waited " + timeout.toSeconds() + " s, but " + what + " did not happen");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JourneyFailure("Interrupted while waiting until " + what, e);
            }
        }
    }
}

package org.riverwoods.kap.kit.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what travels through Kafka or a retry loop, polling against a deadline. */
public final class Eventually {

    private static final long POLL_MILLIS = 20;

    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails after {@code timeout} naming what never happened. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + timeout.toMillis() + " ms, but " + what + " never happened");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting until " + what, e);
            }
        }
    }
}

package org.riverwoods.kap.testing.journey;

/** A step of a journey did not get the answer it needed; the message says which call and why. */
public final class JourneyFailure extends RuntimeException {

    public JourneyFailure(String message) {
        super(message);
    }

    public JourneyFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.riverwoods.kap.outcomes.events;

/** A record that can never be processed; it goes to the dead-letter topic instead of blocking the consumer. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason);
    }
}

package org.riverwoods.kap.kit.inbox;

/**
 * A record that can never be processed, whatever is retried: no CloudEvent headers, an unreadable
 * payload, a contract violation. It goes to the dead-letter topic; nothing else does.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason, null, false, false);
    }
}

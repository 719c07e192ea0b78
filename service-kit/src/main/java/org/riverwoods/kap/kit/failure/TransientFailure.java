package org.riverwoods.kap.kit.failure;

/**
 * A failure that says "not now" rather than "never": the same work will succeed later. A consumer
 * that meets one retries the event in place; it is never dead-lettered.
 */
public class TransientFailure extends RuntimeException {

    public TransientFailure(String reason) {
        super(reason, null, false, false);
    }
}

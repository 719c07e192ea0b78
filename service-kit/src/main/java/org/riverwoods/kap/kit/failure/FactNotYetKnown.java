package org.riverwoods.kap.kit.failure;

/**
 * An event refers to a fact this service learns from another topic, and that topic is behind: the
 * event is valid and will apply once the fact arrives, so it is retried, never dead-lettered.
 */
public class FactNotYetKnown extends TransientFailure {

    public FactNotYetKnown(String fact) {
        super(fact + " is not known here yet");
    }
}

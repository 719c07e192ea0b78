package org.riverwoods.kap.kit.deadletter;

/** Whether a dead letter has been applied by a replay since. */
public enum DeadLetterStatus {
    UNREPLAYED, REPLAYED
}

package org.riverwoods.kap.kit.deadletter;

/**
 * Whether a dead letter has been applied by a replay since, or closed by an administrator without
 * being applied (poison that can never apply, or an event found obsolete), with a reason.
 */
public enum DeadLetterStatus {
    UNREPLAYED, REPLAYED, DISMISSED
}

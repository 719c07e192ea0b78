package org.riverwoods.kap.kit.deadletter;

import java.util.List;
import java.util.UUID;

/** What a replay of every unreplayed dead letter did: how many it tried, which now apply, which still fail and why. */
public record ReplayReport(int attempted, List<UUID> replayed, List<StillFailing> stillFailing) {

    /** A letter whose replay failed again; {@code problem} is the answer its own replay would have given. */
    public record StillFailing(UUID id, int status, String detail) {
    }
}

package org.riverwoods.kap.kit.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/** The outbox events a REST request appended, for {@link PublicationWait}. */
@RequestScoped
public class AppendedInThisRequest {

    private final List<UUID> events = new ArrayList<>();

    void add(UUID event) {
        events.add(event);
    }

    List<UUID> events() {
        return List.copyOf(events);
    }
}

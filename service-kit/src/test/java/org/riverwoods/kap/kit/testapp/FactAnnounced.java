package org.riverwoods.kap.kit.testapp;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/**
 * A fact this application announces itself, on the topic its own facts consumer reads: a request and
 * the consumption of what it wrote, in one application (the tracing tests follow one trace through both).
 */
public record FactAnnounced(String factKey) implements DomainEvent {

    @Override
    public String eventType() {
        return FactLearned.TYPE;
    }

    @Override
    public String topic() {
        return FactLearned.TOPIC;
    }

    @Override
    public UUID subjectId() {
        return UUID.nameUUIDFromBytes(factKey.getBytes(StandardCharsets.UTF_8));
    }
}

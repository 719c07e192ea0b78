package org.riverwoods.kap.outcomes.analytics;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.riverwoods.kap.kit.outbox.OutboxEvent;
import org.riverwoods.kap.kit.outbox.OutboxRoute;
import org.riverwoods.kap.outcomes.events.Topics;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Analytics records are CloudEvents without the optional time attribute: the moment a fact was
 * recorded would date the patient's day. The connector always adds one, so this route writes the
 * binary-mode headers itself, and the record gets a constant timestamp (1 ms after the epoch; 0
 * would read as "unset") instead of the send time.
 */
@ApplicationScoped
public class AnalyticsRoute implements OutboxRoute {

    /** The record timestamp of analytics records: a constant, so that it dates nothing. */
    private static final Instant NO_TIME = Instant.ofEpochMilli(1);

    @Inject
    @Channel("analytics")
    MutinyEmitter<String> analyticsEmitter;

    @Override
    public boolean handles(String topic) {
        return topic.startsWith(Topics.ANALYTICS_PREFIX);
    }

    @Override
    public Uni<Void> send(OutboxEvent event, URI source) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", event.id.toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", event.eventType.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", source.toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_subject", event.subject.getBytes(StandardCharsets.UTF_8));
        headers.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.messageKey)
                .withHeaders(headers)
                .withTimestamp(NO_TIME)
                .build();
        return analyticsEmitter.sendMessage(Message.of(event.payload).addMetadata(kafka));
    }
}

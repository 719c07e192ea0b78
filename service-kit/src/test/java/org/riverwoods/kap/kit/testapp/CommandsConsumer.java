package org.riverwoods.kap.kit.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.inbox.IncomingEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/** Applies commands once their fact is known; exactly once through the {@link Inbox}. */
@ApplicationScoped
public class CommandsConsumer {

    public static final String CONSUMER = "kit-test-service/commands";

    @Inject
    Inbox inbox;

    @Inject
    Facts facts;

    @Inject
    ObjectMapper json;

    @Incoming("kit-commands")
    @Blocking
    public void onCommand(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        ApplyCommand command = event.payload(json, ApplyCommand.class);
        event.require(command.commandId() != null && command.factKey() != null, "commandId or factKey");
        inbox.process(CONSUMER, event, e -> facts.apply(command));
    }
}

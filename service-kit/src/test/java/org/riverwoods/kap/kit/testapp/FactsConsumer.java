package org.riverwoods.kap.kit.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.inbox.IncomingEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/** Learns facts; exactly once through the {@link Inbox}, which owns the transaction. */
@ApplicationScoped
public class FactsConsumer {

    public static final String CONSUMER = "kit-test-service/facts";

    @Inject
    Inbox inbox;

    @Inject
    Facts facts;

    @Inject
    ObjectMapper json;

    @Incoming("kit-facts")
    @Blocking
    public void onFact(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        FactLearned fact = event.payload(json, FactLearned.class);
        event.require(fact.factKey() != null, "factKey");
        inbox.process(CONSUMER, event, e -> facts.learn(fact.factKey()));
    }
}

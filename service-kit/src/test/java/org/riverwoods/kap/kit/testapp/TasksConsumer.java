package org.riverwoods.kap.kit.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.inbox.IncomingEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/** Does tasks exactly once through the {@link Inbox}, shaped like every consumer of the services. */
@ApplicationScoped
public class TasksConsumer {

    public static final String CONSUMER = "kit-test-service/tasks";
    public static final String CHANNEL = "kit-tasks";

    @Inject
    Inbox inbox;

    @Inject
    Tasks tasks;

    @Inject
    ObjectMapper json;

    @Incoming(CHANNEL)
    @Blocking
    public void onTask(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        DoTask task = event.payload(json, DoTask.class);
        event.require(task.taskId() != null, "taskId");
        inbox.process(CONSUMER, event, e -> tasks.apply(task.taskId()));
    }
}

package org.riverwoods.kap.kit.inbox;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;

/**
 * The failure strategy of every incoming channel ({@code failure-strategy=kap-classified}): poison
 * goes to the channel's dead-letter topic (with SmallRye's headers: reason, original topic,
 * partition and offset); anything else stops the channel without committing, so the event is
 * consumed again after a restart. The {@link Inbox} retries transient failures in place, so the
 * only non-poison failure that reaches here is one met while the service shuts down.
 */
@ApplicationScoped
@Identifier(ClassifiedFailureStrategy.NAME)
public class ClassifiedFailureStrategy implements KafkaFailureHandler.Factory {

    public static final String NAME = "kap-classified";

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetters;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, io.vertx.mutiny.core.Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler deadLetterQueue = deadLetters.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (isPoison(reason)) {
                    return deadLetterQueue.handle(record, reason, metadata);
                }
                reportFailure.accept(reason, true);
                return Uni.createFrom().failure(reason);
            }

            @Override
            public void terminate() {
                deadLetterQueue.terminate();
            }
        };
    }

    static boolean isPoison(Throwable reason) {
        for (Throwable t = reason; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonMessageException) {
                return true;
            }
        }
        return false;
    }
}

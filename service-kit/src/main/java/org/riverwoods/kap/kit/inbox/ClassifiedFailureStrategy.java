package org.riverwoods.kap.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;

/**
 * The failure strategy of every incoming channel ({@code failure-strategy=kap-classified}): poison,
 * and an event the {@link Inbox} gave up on ({@link Inbox.RetriesExhausted}), are dead-lettered: first
 * kept in the service's own database for replay ({@link Keeper}), then sent to the channel's
 * dead-letter topic (with SmallRye's headers: reason, original topic, partition and offset, plus
 * {@value #KIND_HEADER} and {@value #ID_HEADER}); the offset is committed only after both. Anything else
 * stops the channel without committing, so the event is consumed again after a restart. The
 * {@link Inbox} retries transient failures in place for as long as it takes, so what else reaches here
 * is a failure met while the service shuts down, or one a consumer throws outside the {@link Inbox}.
 */
@ApplicationScoped
@Identifier(ClassifiedFailureStrategy.NAME)
public class ClassifiedFailureStrategy implements KafkaFailureHandler.Factory {

    public static final String NAME = "kap-classified";
    public static final String KIND_HEADER = "kap-dead-letter-kind";
    public static final String ID_HEADER = "kap-dead-letter-id";

    /**
     * Keeps a dead letter durably before its offset is committed (the kit's {@code deadletter}
     * package does, in the service's {@code dead_letter} table). Blocking; returns the letter's id.
     */
    public interface Keeper {

        /** A record that can never be processed as it is. */
        String POISON = "poison";
        /** A valid-looking record whose processing kept failing for a reason that is not transient. */
        String FAILED = "failed";

        String keep(String channel, IncomingKafkaRecord<?, ?> record, String kind, Throwable reason);
    }

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetters;

    @Inject
    Keeper keeper;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, io.vertx.mutiny.core.Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler deadLetterQueue = deadLetters.create(config, vertx, consumer, reportFailure);
        String channel = config.getChannel();
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                PoisonMessageException poison = find(reason, PoisonMessageException.class);
                Inbox.RetriesExhausted failed = poison != null ? null : find(reason, Inbox.RetriesExhausted.class);
                if (poison == null && failed == null) {
                    reportFailure.accept(reason, true);
                    return Uni.createFrom().failure(reason);
                }
                String kind = poison != null ? Keeper.POISON : Keeper.FAILED;
                // The topic gets what SmallRye always sent for poison; for a given-up event only the kit's
                // class-only summary, never the original failure's message.
                Throwable told = poison != null ? reason : failed;
                // The keeper writes to the database: off the event loop, then back on the record's context.
                return Uni.createFrom().item(() -> keeper.keep(channel, record, kind, poison != null ? poison : failed))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .emitOn(record::runOnMessageContext)
                        .onFailure().invoke(notKept -> reportFailure.accept(notKept, true))
                        .chain(id -> deadLetterQueue.handle(record, told, marked(metadata, kind, id)));
            }

            @Override
            public void terminate() {
                deadLetterQueue.terminate();
            }
        };
    }

    /** Adds the kind and the id of the kept letter to the dead-letter record, unless the nack chose its own target. */
    private static Metadata marked(Metadata metadata, String kind, String id) {
        Metadata base = metadata == null ? Metadata.empty() : metadata;
        if (base.get(OutgoingKafkaRecordMetadata.class).isPresent()) {
            return base;
        }
        return base.with(OutgoingKafkaRecordMetadata.builder()
                .addHeaders(new RecordHeader(KIND_HEADER, kind.getBytes(StandardCharsets.UTF_8)),
                        new RecordHeader(ID_HEADER, id.getBytes(StandardCharsets.UTF_8)))
                .build());
    }

    private static <T extends Throwable> T find(Throwable reason, Class<T> type) {
        for (Throwable t = reason; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}

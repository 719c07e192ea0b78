package org.riverwoods.kap.kit.inbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.riverwoods.kap.kit.failure.Failures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Applies consumed events exactly once, and never loses a valid one.
 *
 * <p>Idempotent: the event's id is recorded in {@code processed_event} in the same transaction as
 * its effect, so a redelivered event (a restart, a rebalance, a relay retry) changes nothing the
 * second time.
 *
 * <p>Failures are classified. Poison ({@link PoisonMessageException}) leaves for the dead-letter
 * topic. Anything else is retried in place, in a new transaction each time, with back-off from
 * {@code kap.consumer.retry.initial-backoff} up to {@code kap.consumer.retry.max-backoff}: the
 * consumer holds its partition (nothing after the event is applied before it), and the event is
 * never skipped. {@link ConsumerRetries} shows it in readiness and metrics meanwhile.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    EntityManager em;

    @Inject
    ConsumerRetries retries;

    @ConfigProperty(name = "kap.consumer.retry.initial-backoff")
    Duration initialBackoff;

    @ConfigProperty(name = "kap.consumer.retry.max-backoff")
    Duration maxBackoff;

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /**
     * Runs {@code effect} once for this consumer and event, in its own transaction, retrying until
     * it commits. Poison is rethrown at once; so is any failure while the service shuts down (the
     * channel then stops without committing the offset, and the event is redelivered at restart).
     */
    public void process(String consumer, IncomingEvent event, java.util.function.Consumer<IncomingEvent> effect) {
        Duration backoff = initialBackoff;
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (firstDelivery(consumer, event.id())) {
                        effect.accept(event);
                    }
                });
                retries.succeeded(consumer);
                return;
            } catch (PoisonMessageException poison) {
                retries.succeeded(consumer);
                throw poison;
            } catch (RuntimeException failure) {
                if (stopping) {
                    throw failure;
                }
                boolean transientFailure = Failures.isTransient(failure);
                retries.failed(consumer, transientFailure);
                // Class and type only: messages of persistence errors can quote patient data.
                if (transientFailure) {
                    LOG.warnf("%s: %s %s failed (%s), attempt %d; retrying in %d ms", consumer, event.type(),
                            event.id(), Failures.classChain(failure), attempt, backoff.toMillis());
                } else {
                    LOG.errorf("%s: %s %s failed unexpectedly (%s), attempt %d; held and retried in %d ms",
                            consumer, event.type(), event.id(), Failures.classChain(failure), attempt,
                            backoff.toMillis());
                }
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
    }

    /** Records the event for this consumer; false if it was already processed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        int inserted = em.createNativeQuery("insert into processed_event (consumer, event_id, processed_at) "
                + "values (?1, ?2, now()) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        return inserted == 1;
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}

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
import org.riverwoods.kap.kit.failure.RetryBackoff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Applies consumed events exactly once, and never loses a valid one.
 *
 * <p>Idempotent: the event's id is recorded in {@code processed_event} in the same transaction as
 * its effect, so a redelivered event (a restart, a rebalance, a relay retry) changes nothing the
 * second time.
 *
 * <p>Failures are classified. Poison ({@link PoisonMessageException}) is dead-lettered at once. A
 * transient failure is retried in place, in a new transaction each time, with back-off from
 * {@code kap.consumer.retry.initial-backoff} up to {@code kap.consumer.retry.max-backoff}, for as long
 * as it takes: the consumer holds its partition (nothing after the event is applied before it), and
 * the event is never skipped. Any other failure (a defect) is retried the same way
 * {@code kap.consumer.retry.unexpected-attempts} times, then given up with {@link RetriesExhausted}, which
 * the failure strategy dead-letters so that one broken event does not stop the consumer; it is kept
 * for replay. {@link ConsumerRetries} shows a held event in readiness and metrics meanwhile.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    EntityManager em;

    @Inject
    ConsumerRetries retries;

    @Inject
    ConsumerSpans spans;

    @Inject
    RetryBackoff backoffs;

    /** Attempts at an event failing for a reason that is not transient, before it is dead-lettered. */
    @ConfigProperty(name = "kap.consumer.retry.unexpected-attempts")
    int unexpectedAttempts;

    /** Set while a replay runs on this thread: one attempt, the failure answered as it is. */
    private static final ThreadLocal<Boolean> ONE_ATTEMPT = new ThreadLocal<>();

    private volatile boolean stopping;

    /**
     * A consumer gave an event up: it failed {@code kap.consumer.retry.unexpected-attempts} times for a
     * reason that is not transient. Its message names classes only (never the failure's message, which
     * can quote patient data), and it carries no cause, so the dead-letter headers quote nothing either.
     */
    public static final class RetriesExhausted extends RuntimeException {

        RetriesExhausted(int attempts, RuntimeException failure) {
            super("Failed " + attempts + " times for a reason that is not transient: " + Failures.classChain(failure),
                    null, false, false);
        }
    }

    /**
     * Runs {@code work} with every {@link #process} in it making a single attempt and rethrowing its
     * failure unchanged, and leaving {@link ConsumerRetries} alone: a replay someone asked for answers
     * at once, and does not mark the live consumer as held.
     */
    public void attemptingOnce(Runnable work) {
        ONE_ATTEMPT.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            ONE_ATTEMPT.remove();
        }
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /**
     * Runs {@code effect} once for this consumer and event, in its own transaction, retrying until
     * it commits. Poison is rethrown at once; so is any failure while the service shuts down (the
     * channel then stops without committing the offset, and the event is redelivered at restart).
     * A failure that is not transient is given up after its attempts ({@link RetriesExhausted}).
     * Runs in a CONSUMER span that continues the producer's trace ({@link ConsumerSpans}).
     */
    public void process(String consumer, IncomingEvent event, java.util.function.Consumer<IncomingEvent> effect) {
        spans.inSpan(consumer, event, () -> untilApplied(consumer, event, effect));
    }

    private void untilApplied(String consumer, IncomingEvent event, java.util.function.Consumer<IncomingEvent> effect) {
        boolean replay = ONE_ATTEMPT.get() != null;
        Duration backoff = backoffs.first();
        int unexpected = 0;
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (firstDelivery(consumer, event.id())) {
                        effect.accept(event);
                    }
                });
                if (!replay) {
                    retries.succeeded(consumer);
                }
                return;
            } catch (PoisonMessageException poison) {
                if (!replay) {
                    retries.succeeded(consumer);
                }
                throw poison;
            } catch (RuntimeException failure) {
                if (stopping || replay) {
                    throw failure;
                }
                boolean transientFailure = Failures.isTransient(failure);
                retries.failed(consumer, transientFailure);
                if (!transientFailure && ++unexpected >= unexpectedAttempts) {
                    retries.succeeded(consumer); // no longer held: it leaves for the dead letters
                    LOG.errorf("%s: %s %s failed unexpectedly (%s), attempt %d; given up and dead-lettered", consumer,
                            event.type(), event.id(), Failures.classChain(failure), attempt);
                    throw new RetriesExhausted(attempt, failure);
                }
                // Class and type only: messages of persistence errors can quote patient data.
                if (transientFailure) {
                    LOG.warnf("%s: %s %s failed (%s), attempt %d; retrying in %d ms", consumer, event.type(),
                            event.id(), Failures.classChain(failure), attempt, backoff.toMillis());
                } else {
                    LOG.errorf("%s: %s %s failed unexpectedly (%s), attempt %d; held and retried in %d ms",
                            consumer, event.type(), event.id(), Failures.classChain(failure), attempt,
                            backoff.toMillis());
                }
                if (!RetryBackoff.pause(backoff)) {
                    stopping = true;
                }
                backoff = backoffs.after(backoff);
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
}

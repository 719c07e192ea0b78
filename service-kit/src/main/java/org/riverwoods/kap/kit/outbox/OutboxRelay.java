package org.riverwoods.kap.kit.outbox;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.riverwoods.kap.kit.tracing.TraceParent;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes committed outbox rows to Kafka as CloudEvents, in commit order.
 *
 * <p>A commit wakes the relay at once (no polling delay); a periodic sweep publishes whatever a
 * crash, a restart or a broker outage left behind, so a committed event is never lost. A batch is
 * claimed under a lease, sent, then marked published; a relay that dies mid-send leaves a lease
 * that expires, and the batch goes out again. Delivery is therefore at least once: consumers
 * de-duplicate on the CloudEvent id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock id shared by every replica's relay while it claims a batch. */
    private static final long CLAIM_LOCK = 0x6b61702d6f757462L;

    @Inject
    @Channel("outbox")
    MutinyEmitter<String> emitter;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @Inject
    Instance<OutboxRoute> routes;

    /** The CloudEvent source, {@code urn:kap:<service>}. */
    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @ConfigProperty(name = "kap.outbox.sweep-interval")
    Duration sweepInterval;

    @ConfigProperty(name = "kap.outbox.batch-size")
    int batchSize;

    @ConfigProperty(name = "kap.outbox.send-timeout")
    Duration sendTimeout;

    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean paused = new AtomicBoolean();
    private ExecutorService worker;
    private Timer commitToPublish;
    private URI source;

    void start(@Observes StartupEvent startup) {
        source = URI.create("urn:kap:" + serviceName);
        commitToPublish = Timer.builder("kap.outbox.commit.to.publish")
                .description("Time from the event's transaction to its acknowledgement by Kafka")
                .publishPercentiles(0.5, 0.99)
                .register(metrics);
        metrics.gauge("kap.outbox.pending", this, OutboxRelay::pendingCount);
        running.set(true);
        worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
        worker.submit(this::run);
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxAppended appended) {
        wakeUps.release();
    }

    @PreDestroy
    void stop() {
        running.set(false);
        wakeUps.release();
        if (worker != null) {
            worker.shutdown();
            try {
                worker.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Holds publication (rows keep accumulating) — for operations and for crash tests. */
    public void pause() {
        paused.set(true);
    }

    public void resume() {
        paused.set(false);
        wakeUps.release();
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        while (running.get()) {
            try {
                wakeUps.tryAcquire(sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                while (running.get() && !paused.get() && publishBatch() == batchSize) {
                    // a full batch: more may be waiting
                }
                backoff = Duration.ofMillis(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Only the class: a broker error message can quote record contents.
                LOG.warnf("Outbox relay could not publish (%s); retrying in %d ms", e.getClass().getSimpleName(),
                        backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(sweepInterval) > 0 ? sweepInterval : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * Claims a batch, sends it and waits for every acknowledgement, then marks it published. Kafka is
     * never called inside a database transaction: a transaction must not wait on the network, nor be
     * seen by the producer's threads. Returns how many events were published.
     */
    int publishBatch() {
        List<OutboxEvent> batch = claim();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Long> sequences = batch.stream().map(e -> e.sequence).toList();
        try {
            Uni.join().all(batch.stream().map(this::send).toList()).andFailFast().await().atMost(sendTimeout);
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update outbox_event set claimed_until = null where sequence in (?1)")
                    .setParameter(1, sequences).executeUpdate());
            throw e;
        }
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox_event set published_at = ?1, claimed_until = null where sequence in (?2)")
                .setParameter(1, now).setParameter(2, sequences).executeUpdate());
        batch.forEach(event -> commitToPublish.record(Duration.between(event.occurredAt, now)));
        return batch.size();
    }

    /**
     * Takes the oldest unpublished events for one send-timeout. Claimers are serialised by an advisory
     * lock and nobody claims while another relay (a replica) holds an unexpired claim, so events leave
     * in commit order even with several replicas running.
     */
    private List<OutboxEvent> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, CLAIM_LOCK).getSingleResult();
            Number sending = (Number) em.createNativeQuery("select count(*) from outbox_event "
                    + "where published_at is null and claimed_until > now()").getSingleResult();
            if (sending.longValue() > 0) {
                return List.<OutboxEvent>of();
            }
            @SuppressWarnings("unchecked")
            List<OutboxEvent> batch = em.createNativeQuery(
                    "select * from outbox_event where published_at is null order by sequence limit ?1",
                    OutboxEvent.class).setParameter(1, batchSize).getResultList();
            if (!batch.isEmpty()) {
                em.createNativeQuery("update outbox_event set claimed_until = now() + make_interval(secs => ?1) "
                        + "where sequence in (?2)")
                        .setParameter(1, (double) sendTimeout.toSeconds())
                        .setParameter(2, batch.stream().map(e -> e.sequence).toList()).executeUpdate();
                batch.forEach(em::detach);
            }
            return batch;
        });
    }

    private Uni<Void> send(OutboxEvent event) {
        for (OutboxRoute route : routes) {
            if (route.handles(event.topic)) {
                return route.send(event, source);
            }
        }
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.id.toString())
                .withType(event.eventType)
                .withSource(source)
                .withSubject(event.subject)
                .withTimestamp(event.occurredAt.atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.messageKey)
                .build();
        // The connector's PRODUCER span is a child of the span that wrote the row, and its context leaves
        // as the record's traceparent header: one trace from the request to the consumers' effects.
        TracingMetadata trace = TracingMetadata.withCurrent(TraceParent.asParent(event.traceParent));
        return emitter.sendMessage(Message.of(event.payload).addMetadata(cloudEvent).addMetadata(kafka)
                .addMetadata(trace));
    }

    private double pendingCount() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("select count(*) from outbox_event where published_at is null")
                    .getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

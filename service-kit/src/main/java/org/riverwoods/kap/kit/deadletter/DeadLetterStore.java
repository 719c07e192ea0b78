package org.riverwoods.kap.kit.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.apache.kafka.common.header.Headers;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.logging.Logger;
import org.riverwoods.kap.kit.failure.Failures;
import org.riverwoods.kap.kit.failure.RetryBackoff;
import org.riverwoods.kap.kit.freshness.HeldBackEvents;
import org.riverwoods.kap.kit.inbox.ClassifiedFailureStrategy;
import org.riverwoods.kap.kit.rest.Page;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;

/**
 * The service's {@code dead_letter} table. The failure strategy keeps every dead letter here before
 * the record's offset is committed, so a letter is never only on the dead-letter topic; the table is
 * what operators list and replay from. Gauge {@code kap.dead.letters.unreplayed}.
 */
@ApplicationScoped
public class DeadLetterStore implements ClassifiedFailureStrategy.Keeper, HeldBackEvents {

    private static final Logger LOG = Logger.getLogger(DeadLetterStore.class);
    private static final int LONGEST_REASON = 500;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @Inject
    RetryBackoff backoffs;

    private volatile boolean stopping;

    void start(@Observes StartupEvent startup) {
        Gauge.builder("kap.dead.letters.unreplayed", this, DeadLetterStore::unreplayedOrNaN)
                .description("Dead letters of this service not replayed yet (GET /api/v1/admin/dead-letters)")
                .register(metrics);
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /**
     * Topics with a valid event about this patient that was given up on and not replayed yet. Poison
     * is not counted: it never carried a fact the producer could have meant, and it cannot be replayed.
     */
    @Override
    public Set<String> topicsHeldBack(String patientKey, Collection<String> topics) {
        if (topics.isEmpty()) {
            return Set.of();
        }
        List<?> held = em.createNativeQuery("select distinct topic from dead_letter where status = 'UNREPLAYED'"
                + " and reason_kind = :failed and record_key = :key and topic in (:topics)")
                .setParameter("failed", FAILED).setParameter("key", patientKey.getBytes(StandardCharsets.UTF_8))
                .setParameter("topics", topics).getResultList();
        Set<String> names = new LinkedHashSet<>();
        held.forEach(topic -> names.add((String) topic));
        return names;
    }

    /**
     * Writes the letter, retrying while the database is unreachable: the record's offset waits for it.
     * A record delivered again after a crash finds its letter and is kept once.
     */
    @Override
    public String keep(String channel, IncomingKafkaRecord<?, ?> record, String kind, Throwable reason) {
        Headers headers = record.getHeaders();
        UUID id = UUID.randomUUID();
        String why = StoredRecord.printable(reason.getClass().getSimpleName() + ": " + reason.getMessage(),
                LONGEST_REASON);
        Duration backoff = backoffs.first();
        for (int attempt = 1;; attempt++) {
            try {
                String kept = QuarkusTransaction.requiringNew().call(() -> {
                    // Typed, because several of them may be null, and a null is otherwise bound as the wrong type.
                    em.createNativeQuery("insert into dead_letter (id, channel, topic, record_partition, record_offset, "
                            + "record_timestamp, record_key, headers, payload, event_id, event_type, reason_kind, reason, "
                            + "dead_lettered_at, status) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                            + "?14, ?15) on conflict (channel, topic, record_partition, record_offset) do nothing")
                            .unwrap(NativeQuery.class)
                            .setParameter(1, id, StandardBasicTypes.UUID)
                            .setParameter(2, channel, StandardBasicTypes.STRING)
                            .setParameter(3, record.getTopic(), StandardBasicTypes.STRING)
                            .setParameter(4, record.getPartition(), StandardBasicTypes.INTEGER)
                            .setParameter(5, record.getOffset(), StandardBasicTypes.LONG)
                            .setParameter(6, record.getTimestamp(), StandardBasicTypes.INSTANT)
                            .setParameter(7, StoredRecord.bytes(record.getKey()), StandardBasicTypes.BINARY)
                            .setParameter(8, StoredRecord.headers(headers), StandardBasicTypes.STRING)
                            .setParameter(9, StoredRecord.bytes(record.getPayload()), StandardBasicTypes.BINARY)
                            .setParameter(10, StoredRecord.text(headers, "ce_id"), StandardBasicTypes.STRING)
                            .setParameter(11, StoredRecord.text(headers, "ce_type"), StandardBasicTypes.STRING)
                            .setParameter(12, kind, StandardBasicTypes.STRING)
                            .setParameter(13, why, StandardBasicTypes.STRING)
                            .setParameter(14, Instant.now().truncatedTo(ChronoUnit.MICROS), StandardBasicTypes.INSTANT)
                            .setParameter(15, DeadLetterStatus.UNREPLAYED.name(), StandardBasicTypes.STRING)
                            .executeUpdate();
                    return em.createQuery("select d.id from DeadLetter d where d.channel = :channel and d.topic = :topic "
                            + "and d.recordPartition = :partition and d.recordOffset = :offset", UUID.class)
                            .setParameter("channel", channel)
                            .setParameter("topic", record.getTopic())
                            .setParameter("partition", record.getPartition())
                            .setParameter("offset", record.getOffset())
                            .getSingleResult().toString();
                });
                // Ids and coordinates only: the record's content is patient data.
                LOG.warnf("%s: record %s-%d@%d dead-lettered (%s) as %s", channel, record.getTopic(),
                        record.getPartition(), record.getOffset(), kind, kept);
                return kept;
            } catch (RuntimeException failure) {
                if (stopping || !Failures.isTransient(failure)) {
                    LOG.errorf("%s: dead letter for %s-%d@%d could not be kept (%s); the channel stops and the "
                            + "record is consumed again after a restart", channel, record.getTopic(),
                            record.getPartition(), record.getOffset(), Failures.classChain(failure));
                    throw failure;
                }
                LOG.warnf("%s: dead letter for %s-%d@%d not kept yet (%s), attempt %d; retrying in %d ms", channel,
                        record.getTopic(), record.getPartition(), record.getOffset(), Failures.classChain(failure),
                        attempt, backoff.toMillis());
                if (!RetryBackoff.pause(backoff)) {
                    stopping = true;
                }
                backoff = backoffs.after(backoff);
            }
        }
    }

    Optional<DeadLetter> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DeadLetter letter = em.find(DeadLetter.class, id);
            if (letter != null) {
                em.detach(letter);
            }
            return Optional.ofNullable(letter);
        });
    }

    /** Oldest first, so that a page keeps its place while new letters arrive; every status if {@code status} is null. */
    Page<DeadLetter> list(DeadLetterStatus status, int page, int size) {
        String where = status == null ? "" : " where d.status = :status";
        return QuarkusTransaction.requiringNew().call(() -> {
            TypedQuery<DeadLetter> items = em.createQuery("select d from DeadLetter d" + where
                    + " order by d.deadLetteredAt, d.id", DeadLetter.class);
            TypedQuery<Long> total = em.createQuery("select count(d) from DeadLetter d" + where, Long.class);
            if (status != null) {
                items.setParameter("status", status);
                total.setParameter("status", status);
            }
            // a page far past the end is empty, not an overflow
            int first = (int) Math.min((long) page * size, Integer.MAX_VALUE);
            List<DeadLetter> letters = items.setFirstResult(first).setMaxResults(size).getResultList();
            letters.forEach(em::detach);
            return Page.of(letters, page, size, total.getSingleResult());
        });
    }

    /** The ids of every unreplayed letter, oldest first: the order a replay of all of them takes. */
    List<UUID> unreplayedIds() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select d.id from DeadLetter d "
                + "where d.status = :status order by d.deadLetteredAt, d.id", UUID.class)
                .setParameter("status", DeadLetterStatus.UNREPLAYED).getResultList());
    }

    /** Unreplayed letters per channel (channels without any are left out). */
    Map<String, Long> unreplayedByChannel() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Object[] row : em.createQuery("select d.channel, count(d) from DeadLetter d where d.status = :status "
                    + "group by d.channel order by d.channel", Object[].class)
                    .setParameter("status", DeadLetterStatus.UNREPLAYED).getResultList()) {
                counts.put((String) row[0], ((Number) row[1]).longValue());
            }
            return counts;
        });
    }

    private double unreplayedOrNaN() {
        try {
            return unreplayedByChannel().values().stream().mapToLong(Long::longValue).sum();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}

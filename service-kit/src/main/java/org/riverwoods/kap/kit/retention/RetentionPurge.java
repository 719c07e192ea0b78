package org.riverwoods.kap.kit.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.riverwoods.kap.kit.failure.Failures;
import org.riverwoods.kap.kit.retention.RedeliveryHorizon.Bounded;
import org.riverwoods.kap.kit.retention.RedeliveryHorizon.Horizon;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Deletes what the kit no longer needs, off the request path: published outbox rows, processed-event
 * ids and Idempotency-Key responses past their retention ({@link RetentionSettings}).
 *
 * <p>Each batch is its own short transaction (a few milliseconds for the default 500 rows) that
 * touches only rows past their retention, which no writer touches any more, and walks an index on the
 * row's age (the retention migrations), so the purge never scans a table, never makes a writer wait and
 * never waits for one. One replica purges at a time (an advisory lock per batch). The cut-off is fixed
 * when a table's run starts, so a run ends even while new rows age in.
 */
@ApplicationScoped
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);
    /** Advisory lock id ("kap-rete") held by the replica whose purge is deleting a batch. */
    static final long PURGE_LOCK = 0x6b61702d72657465L;
    /** After start-up, not during it; then every interval. */
    static final Duration FIRST_RUN = Duration.ofMinutes(1);
    private static final int BATCH_TIMEOUT_SECONDS = 30;

    public static final String OUTBOX_EVENT = "outbox_event";
    public static final String PROCESSED_EVENT = "processed_event";
    public static final String IDEMPOTENT_REQUEST = "idempotent_request";

    /**
     * Only published rows: an unpublished row (published_at null) is never older than anything. No row
     * lock first: nothing else ever touches a published row (the relay updates unpublished ones only),
     * and locking each row before deleting it would double the purge's writes.
     */
    static final String PURGE_OUTBOX = "delete from outbox_event where sequence in ("
            + "select sequence from outbox_event where published_at < ?1 order by published_at limit ?2)";

    /** Nothing updates a processed id; the inbox only inserts new ones. */
    static final String PURGE_PROCESSED = "delete from processed_event where (consumer, event_id) in ("
            + "select consumer, event_id from processed_event where processed_at < ?1 order by processed_at limit ?2)";

    /**
     * Skips a key a request is using right now: a request replacing an expired key locks its row, and
     * holds the transaction lock {@code hashtextextended(principal || '\n' || key, 0)} (IdempotentCreation)
     * from before it reads the row; deleting the row under it would fail that request. The advisory
     * locks are tried after the limit, so a batch takes at most batch-size of them.
     */
    static final String PURGE_IDEMPOTENCY = "delete from idempotent_request where (principal, idempotency_key) in ("
            + "select principal, idempotency_key from ("
            + "select principal, idempotency_key from idempotent_request where created_at < ?1 "
            + "order by created_at limit ?2 for update skip locked) candidate "
            + "where pg_try_advisory_xact_lock(hashtextextended(principal || chr(10) || idempotency_key, 0)))";

    @Inject
    RetentionSettings settings;

    @Inject
    RedeliveryHorizon redelivery;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "kap.idempotency.retention")
    Duration idempotencyWindow;

    private final ReentrantLock running = new ReentrantLock();
    private final Map<String, Counter> purged = new LinkedHashMap<>();
    private final Map<String, Timer> batches = new LinkedHashMap<>();
    private volatile boolean paused;
    private volatile boolean stopping;
    private volatile String horizonSaid = "";
    private ScheduledExecutorService scheduler;

    void start(@Observes StartupEvent startup) {
        check();
        for (String table : new String[] { OUTBOX_EVENT, PROCESSED_EVENT, IDEMPOTENT_REQUEST }) {
            purged.put(table, Counter.builder("kap.retention.purged")
                    .description("Rows deleted by the retention purge").tag("table", table).register(metrics));
            batches.put(table, Timer.builder("kap.retention.batch")
                    .description("Duration of one retention batch (its transaction)").tag("table", table)
                    .register(metrics));
        }
        if (!settings.enabled()) {
            LOG.warn("Retention purge disabled (kap.retention.enabled=false): nothing is deleted");
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "retention-purge");
            thread.setDaemon(true);
            return thread;
        });
        long first = Math.min(FIRST_RUN.toMillis(), settings.interval().toMillis());
        scheduler.scheduleWithFixedDelay(this::scheduled, first, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (settings.batchSize() < 1) {
            throw new IllegalArgumentException("kap.retention.batch-size must be at least 1");
        }
        for (Duration d : new Duration[] { settings.interval(), settings.outboxPublishedAfter(),
                settings.processedEventsAfter(), settings.idempotencyKeysAfter() }) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("kap.retention durations must be positive: " + d);
            }
        }
        if (settings.idempotencyKeysAfter().compareTo(idempotencyWindow) < 0) {
            LOG.warnf("kap.retention.idempotency-keys-after (%s) is shorter than the window promised to clients, "
                    + "kap.idempotency.retention (%s): keys are kept %s", settings.idempotencyKeysAfter(),
                    idempotencyWindow, idempotencyWindow);
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Holds the scheduled purge (a run under way stops after its batch) — for operations and tests. */
    public void pause() {
        paused = true;
        running.lock(); // waits for a run under way
        running.unlock();
    }

    public void resume() {
        paused = false;
    }

    /** One run now, whatever the schedule: rows deleted per table. */
    public Map<String, Long> purge() {
        return run(() -> !stopping);
    }

    private void scheduled() {
        if (paused || stopping) {
            return;
        }
        try {
            run(() -> !paused && !stopping);
        } catch (RuntimeException e) {
            // Never rethrown: the executor would cancel every later run. Class only, as everywhere.
            LOG.warnf("Retention purge failed (%s); next run in %s", Failures.classChain(e), settings.interval());
        }
    }

    private Map<String, Long> run(BooleanSupplier goOn) {
        running.lock();
        try {
            long started = System.nanoTime();
            Map<String, Long> deleted = new LinkedHashMap<>();
            Instant now = Instant.now();
            deleted.put(OUTBOX_EVENT, purgeTable(OUTBOX_EVENT, PURGE_OUTBOX, now.minus(settings.outboxPublishedAfter()), goOn));
            Duration processedAge = processedEventsAge();
            deleted.put(PROCESSED_EVENT, processedAge == null ? 0L
                    : purgeTable(PROCESSED_EVENT, PURGE_PROCESSED, now.minus(processedAge), goOn));
            Duration keyAge = max(settings.idempotencyKeysAfter(), idempotencyWindow);
            deleted.put(IDEMPOTENT_REQUEST, purgeTable(IDEMPOTENT_REQUEST, PURGE_IDEMPOTENCY, now.minus(keyAge), goOn));
            long total = deleted.values().stream().mapToLong(Long::longValue).sum();
            if (total > 0) {
                LOG.infof("Retention purge deleted %s rows in %d ms", deleted,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
            return deleted;
        } finally {
            running.unlock();
        }
    }

    /**
     * How old a processed id must be to go: the setting, or longer if a consumed topic can redeliver
     * for longer; null (keep them all) when a topic keeps records for ever or the broker cannot say.
     */
    Duration processedEventsAge() {
        Horizon horizon = redelivery.ask();
        Duration age = null;
        String said;
        if (horizon instanceof Bounded bounded) {
            age = max(settings.processedEventsAfter(), bounded.duration());
            said = age.equals(settings.processedEventsAfter()) ? ""
                    : "Processed-event ids are kept " + days(age) + ", longer than kap.retention.processed-events-after ("
                            + days(settings.processedEventsAfter()) + "): topic " + bounded.longestTopic()
                            + " can deliver an event again until then (retention.ms + segment.ms + a day)";
        } else if (horizon instanceof RedeliveryHorizon.Unbounded unbounded) {
            said = "Processed-event ids are not purged: topic " + unbounded.topic() + " keeps records for ever ("
                    + unbounded.why() + "), so any event can be delivered again";
        } else {
            said = "Processed-event ids not purged this run: the broker could not say how long consumed topics "
                    + "keep records (" + ((RedeliveryHorizon.Unknown) horizon).why() + ")";
        }
        if (!said.equals(horizonSaid)) { // said once, not every run
            horizonSaid = said;
            if (!said.isEmpty()) {
                LOG.warn(said);
            }
        }
        return age;
    }

    private long purgeTable(String table, String sql, Instant cutoff, BooleanSupplier goOn) {
        long total = 0;
        while (goOn.getAsBoolean()) {
            int deleted = batch(table, sql, cutoff);
            if (deleted < 0) {
                break; // another replica is purging
            }
            total += deleted;
            if (deleted < settings.batchSize()) {
                break;
            }
        }
        return total;
    }

    /** One batch in its own transaction: rows deleted, or -1 if another replica holds the purge. */
    int batch(String table, String sql, Instant cutoff) {
        long started = System.nanoTime();
        int deleted = QuarkusTransaction.requiringNew().timeout(BATCH_TIMEOUT_SECONDS).call(() -> {
            boolean ours = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, PURGE_LOCK).getSingleResult();
            if (!ours) {
                return -1;
            }
            // Rows are skipped, not waited for; this bounds a wait on a table lock (a migration's DDL),
            // so the purge never queues in front of the service's writers.
            em.createNativeQuery("select set_config('lock_timeout', '1s', true)").getSingleResult();
            return em.createNativeQuery(sql).setParameter(1, cutoff).setParameter(2, settings.batchSize())
                    .executeUpdate();
        });
        if (deleted >= 0) {
            batches.get(table).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            purged.get(table).increment(deleted);
        }
        return deleted;
    }

    private static String days(Duration duration) {
        return duration.toHours() % 24 == 0 ? duration.toDays() + " days" : duration.toString();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

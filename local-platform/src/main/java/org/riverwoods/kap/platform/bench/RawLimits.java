package org.riverwoods.kap.platform.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What this machine's PostgreSQL and broker can do at most, with the platform's own settings
 * (synchronous commit, fsync; acks=all): the ceiling the services are compared with. A write is
 * what a registration writes at least: one row and one outbox row of about 650 bytes each, in one
 * transaction, as prepared statements.
 */
final class RawLimits {

    private static final String ROW = "x".repeat(650);

    private RawLimits() {
    }

    static Measured databaseWrites(String jdbcUrl, String user, String password, int clients, Duration warmUp,
            Duration measured) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement ddl = c.createStatement()) {
            ddl.execute("create table if not exists bench_row (id uuid primary key, body text not null)");
            ddl.execute("create table if not exists bench_outbox (id bigserial primary key, aggregate uuid not null, "
                    + "payload text not null, created_at timestamptz not null default now())");
        }
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long warmEnd = System.nanoTime() + warmUp.toNanos();
        long end = warmEnd + measured.toNanos();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                Properties props = new Properties();
                props.put("user", user);
                props.put("password", password);
                props.put("prepareThreshold", "1");
                try (Connection c = DriverManager.getConnection(jdbcUrl, props);
                     PreparedStatement row = c.prepareStatement("insert into bench_row (id, body) values (?, ?)");
                     PreparedStatement outbox = c.prepareStatement(
                             "insert into bench_outbox (aggregate, payload) values (?, ?)")) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        long started = System.nanoTime();
                        UUID id = UUID.randomUUID();
                        row.setObject(1, id);
                        row.setString(2, ROW);
                        row.executeUpdate();
                        outbox.setObject(1, id);
                        outbox.setString(2, ROW);
                        outbox.executeUpdate();
                        c.commit();
                        if (started >= warmEnd) {
                            recorder.recordValue(Math.max(1, (System.nanoTime() - started) / 1000));
                        }
                    }
                } catch (SQLException e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "bench-jdbc-" + i);
            threads.add(t);
            t.start();
        }
        done.await();
        Histogram h = recorder.getIntervalHistogram();
        return Measured.of("PostgreSQL insert + outbox row, " + clients + " client" + (clients == 1 ? "" : "s"), h,
                measured.toNanos() / 1e9, errors.get());
    }

    /** Acknowledged (acks=all, idempotent) sends of 650-byte records, as the outbox relay sends. */
    static Measured brokerSends(String bootstrap, Duration warmUp, Duration measured) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            long warmEnd = System.nanoTime() + warmUp.toNanos();
            long end = warmEnd + measured.toNanos();
            java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(64);
            while (System.nanoTime() < end) {
                inFlight.acquire();
                long started = System.nanoTime();
                producer.send(new ProducerRecord<>("bench.sends", UUID.randomUUID().toString(), ROW), (meta, e) -> {
                    if (e != null) {
                        errors.incrementAndGet();
                    } else if (started >= warmEnd) {
                        recorder.recordValue(Math.max(1, (System.nanoTime() - started) / 1000));
                    }
                    inFlight.release();
                });
            }
            producer.flush();
        }
        return Measured.of("Kafka acknowledged sends (acks=all, 64 in flight)", recorder.getIntervalHistogram(),
                measured.toNanos() / 1e9, errors.get());
    }
}

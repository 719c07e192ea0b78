package org.riverwoods.kap.platform.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches a topic while load runs: from an event's own time (ce_time, taken in the transaction that
 * wrote it) to the broker's record (commit to publish) and to a real consumer holding it.
 */
final class EventHops implements AutoCloseable {

    private final Recorder toPublish = new Recorder(3);
    private final Recorder toConsumed = new Recorder(3);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread poller;
    private final String type;

    EventHops(String bootstrap, String topic, String type) {
        this.type = type;
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topic));
        consumer.poll(Duration.ofSeconds(5)); // join the group and take the end as the start
        poller = new Thread(() -> {
            try (consumer) {
                while (running.get()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                        record(r, System.currentTimeMillis());
                    }
                }
            }
        }, "bench-hops");
        poller.setDaemon(true);
        poller.start();
    }

    private void record(ConsumerRecord<String, String> r, long consumedMillis) {
        Header t = r.headers().lastHeader("ce_type");
        Header time = r.headers().lastHeader("ce_time");
        if (t == null || time == null || !type.equals(new String(t.value(), StandardCharsets.UTF_8))) {
            return;
        }
        long eventMicros = toMicros(Instant.parse(new String(time.value(), StandardCharsets.UTF_8)));
        toPublish.recordValue(Math.max(1, r.timestamp() * 1000 - eventMicros));
        toConsumed.recordValue(Math.max(1, consumedMillis * 1000 - eventMicros));
    }

    private static long toMicros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
    }

    /** Forgets what was seen so far: the next figures cover only what follows. */
    void reset() {
        toPublish.reset();
        toConsumed.reset();
    }

    Measured commitToPublish(double seconds) {
        return Measured.of(type + ": commit to published on the broker", toPublish.getIntervalHistogram(), seconds, 0);
    }

    Measured commitToConsumed(double seconds) {
        return Measured.of(type + ": commit to held by a consumer", toConsumed.getIntervalHistogram(), seconds, 0);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        poller.join(5000);
    }
}

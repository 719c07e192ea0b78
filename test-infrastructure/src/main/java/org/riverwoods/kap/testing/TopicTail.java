package org.riverwoods.kap.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The records a topic receives from the moment this tail is opened, for topics whose records can't
 * be told apart by time or patient: the de-identified analytics records carry neither. The topic
 * may not exist yet when the tail opens.
 */
public final class TopicTail implements AutoCloseable {

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final Map<Integer, Long> startOffsets = new HashMap<>();
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();
    private List<TopicPartition> assigned = List.of();

    /** From now on, on the test broker. */
    public static TopicTail fromNow(String topic) {
        return fromNow(TestKafka.bootstrapServers(), topic);
    }

    public static TopicTail fromNow(String bootstrapServers, String topic) {
        return new TopicTail(bootstrapServers, topic);
    }

    private TopicTail(String bootstrapServers, String topic) {
        this.topic = topic;
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        consumer.endOffsets(partitions()).forEach((p, offset) -> startOffsets.put(p.partition(), offset));
    }

    /** Everything received since opening, after reading until nothing new came for {@code quiet}. */
    public List<ConsumerRecord<String, String>> settle(Duration quiet) {
        return settle(quiet, Duration.ofMinutes(5));
    }

    /** As {@link #settle(Duration)}, but never reading for longer than {@code atMost}. */
    public List<ConsumerRecord<String, String>> settle(Duration quiet, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        long lastNews = System.nanoTime();
        while (System.nanoTime() - lastNews < quiet.toNanos() && System.nanoTime() < deadline) {
            if (poll() > 0) {
                lastNews = System.nanoTime();
            }
        }
        return List.copyOf(received);
    }

    /**
     * Reads until at least {@code count} records have been received or {@code timeout} has passed,
     * then returns what was received (a topic created during the wait takes a moment to serve).
     */
    public List<ConsumerRecord<String, String>> atLeast(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            poll();
        }
        return List.copyOf(received);
    }

    /** Reads until {@code count} received records match, or fails after {@code timeout}. */
    public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> match, int count,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ConsumerRecord<String, String>> matching = received.stream().filter(match).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + count + " matching records on " + topic + " within "
                        + timeout.toSeconds() + " s, got " + matching.size() + " of " + received.size());
            }
            poll();
        }
    }

    private int poll() {
        List<TopicPartition> partitions = partitions();
        if (!partitions.equals(assigned)) {
            consumer.assign(partitions);
            for (TopicPartition partition : partitions) {
                if (!assigned.contains(partition)) {
                    consumer.seek(partition, startOffsets.getOrDefault(partition.partition(), 0L));
                }
            }
            assigned = partitions;
        }
        int before = received.size();
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
        return received.size() - before;
    }

    private List<TopicPartition> partitions() {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
        return infos == null ? List.of() : infos.stream().map(i -> new TopicPartition(topic, i.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}

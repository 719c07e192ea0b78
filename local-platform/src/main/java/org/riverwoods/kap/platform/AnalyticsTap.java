package org.riverwoods.kap.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what analytics teams would see on {@code analytics.outcomes} from a point in time on: the
 * records are de-identified and carry a constant timestamp, so the point is a set of offsets.
 */
final class AnalyticsTap implements AutoCloseable {

    static final String TOPIC = "analytics.outcomes";

    private final KafkaConsumer<String, String> consumer;
    private final Map<Integer, Long> startOffsets = new HashMap<>();

    private AnalyticsTap(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    /** Remembers where the topic ends now (nothing, if it does not exist yet). */
    static AnalyticsTap fromNow() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BrokerConfig.BOOTSTRAP_SERVERS);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        AnalyticsTap tap = new AnalyticsTap(new KafkaConsumer<>(config));
        tap.consumer.endOffsets(tap.partitions()).forEach((p, offset) -> tap.startOffsets.put(p.partition(), offset));
        return tap;
    }

    /** Every record published since {@link #fromNow()}, once no new one has arrived for {@code quiet}. */
    List<ConsumerRecord<String, String>> recordsSince(Duration quiet, Duration atMost) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + atMost.toNanos();
        long lastNews = System.nanoTime();
        List<TopicPartition> assigned = List.of();
        while (System.nanoTime() < deadline && System.nanoTime() - lastNews < quiet.toNanos()) {
            List<TopicPartition> partitions = partitions();
            if (!partitions.equals(assigned)) { // the topic appeared, or grew
                consumer.assign(partitions);
                for (TopicPartition partition : partitions) {
                    if (!assigned.contains(partition)) {
                        consumer.seek(partition, startOffsets.getOrDefault(partition.partition(), 0L));
                    }
                }
                assigned = partitions;
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                records.add(record);
                lastNews = System.nanoTime();
            }
        }
        return records;
    }

    private List<TopicPartition> partitions() {
        List<PartitionInfo> infos = consumer.partitionsFor(TOPIC);
        return infos == null ? List.of()
                : infos.stream().map(i -> new TopicPartition(TOPIC, i.partition()))
                        .sorted(java.util.Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}

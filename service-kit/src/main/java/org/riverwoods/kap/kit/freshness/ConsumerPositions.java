package org.riverwoods.kap.kit.freshness;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.TopicPartition;

/** The next offset to apply, per partition, as far as this instance's consumers have applied them. */
@ApplicationScoped
public class ConsumerPositions {

    private final Map<TopicPartition, Long> next = new ConcurrentHashMap<>();

    void applied(String topic, int partition, long offset) {
        next.merge(new TopicPartition(topic, partition), offset + 1, Math::max);
    }

    /** -1 when this instance has applied nothing from the partition since it started. */
    long next(TopicPartition partition) {
        return next.getOrDefault(partition, -1L);
    }
}

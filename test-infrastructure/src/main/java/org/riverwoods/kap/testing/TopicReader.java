package org.riverwoods.kap.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A real Kafka consumer that reads topics from the beginning, for asserting on published events.
 *
 * <p>Tests share one broker, so callers pick their own records with a predicate (usually the
 * CloudEvent subject or a payload id) instead of counting everything on the topic.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicReader(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    /** Reads {@code topics} on the shared test broker. */
    public static TopicReader subscribe(String... topics) {
        return on(TestKafka.bootstrapServers(), topics);
    }

    /** Reads {@code topics} on any broker (the local platform's, in scenario tests). */
    public static TopicReader on(String bootstrapServers, String... topics) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topics));
        return new TopicReader(consumer);
    }

    /** Polls until {@code count} records match, or fails after {@code timeout}. */
    public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> match, int count,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ConsumerRecord<String, String>> matching = seen.stream().filter(match).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + count + " matching records within " + timeout
                        + " but found " + matching.size() + " among " + seen.size() + " read");
            }
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
    }

    public ConsumerRecord<String, String> awaitOne(Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        return await(match, 1, timeout).get(0);
    }

    /** Reads for the whole of {@code window} and returns what matched: for asserting that nothing more arrives. */
    public List<ConsumerRecord<String, String>> collect(Predicate<ConsumerRecord<String, String>> match,
            Duration window) {
        long deadline = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
        return seen.stream().filter(match).toList();
    }

    /** The value of a header as text, or null; CloudEvents binary mode puts attributes in {@code ce_*} headers. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The record's value parsed as JSON, for asserting on fields whatever their order or spacing. */
    public static com.fasterxml.jackson.databind.JsonNode json(ConsumerRecord<?, String> record) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(record.value());
        } catch (java.io.IOException e) {
            throw new AssertionError("Record value is not JSON: " + record.value(), e);
        }
    }

    /** Matches records whose CloudEvent subject and type are the given ones. */
    public static Predicate<ConsumerRecord<String, String>> event(String type, String subject) {
        return r -> type.equals(header(r, "ce_type")) && subject.equals(header(r, "ce_subject"));
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
